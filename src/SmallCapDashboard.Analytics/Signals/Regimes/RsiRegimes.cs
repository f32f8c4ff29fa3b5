namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// RSI regimes with hysteresis and overbought/oversold bands, as dated intervals.
/// </summary>
/// <remarks>
/// Regimes: the state starts as <see cref="RsiRegime.None"/>; on a session whose RSI is strictly above
/// <see cref="RsiRegimeOptions.UpperEnter"/> (55) it becomes Upper unless already Upper; strictly below
/// <see cref="RsiRegimeOptions.LowerEnter"/> (45) it becomes Lower unless already Lower; between, it keeps
/// its state. So RSI 56, 50, 46, 44 is Upper, Upper, Upper, Lower — the regime switches only on crossing the far
/// threshold. A NaN RSI (warm-up, missing) resets the state to None and closes any open interval.
/// Bands: maximal runs of RSI ≥ <see cref="RsiRegimeOptions.Overbought"/> (70) and RSI ≤
/// <see cref="RsiRegimeOptions.Oversold"/> (30). Intervals are inclusive at both ends. Works on any RSI series
/// (the basis is whatever the RSI was computed on). O(n).
/// </remarks>
public static class RsiRegimes
{
    /// <summary>Regime states and intervals for an RSI series.</summary>
    /// <param name="dates">Ascending session dates, aligned with <paramref name="rsi"/>.</param>
    /// <param name="rsi">RSI values on a 0–100 scale (NaN = warm-up).</param>
    /// <param name="options">Thresholds; <see cref="RsiRegimeOptions.Default"/> (55/45, 70/30) when null.</param>
    /// <returns>States per session plus regime, overbought and oversold intervals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths differ, or a threshold is invalid (named).</exception>
    public static RsiRegimeResult Find(DateOnly[] dates, ReadOnlySpan<double> rsi, RsiRegimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (rsi.Length != dates.Length)
        {
            throw new ArgumentException($"rsi has {rsi.Length} values but dates has {dates.Length}.", nameof(rsi));
        }

        options ??= RsiRegimeOptions.Default;
        options.Validate();
        var n = dates.Length;
        var states = new RsiRegime[n];
        var regimes = new List<RsiInterval>();
        var overbought = new List<RsiInterval>();
        var oversold = new List<RsiInterval>();
        var state = RsiRegime.None;
        var regimeStart = -1;
        var obStart = -1;
        var osStart = -1;
        for (var i = 0; i < n; i++)
        {
            var r = rsi[i];
            var next = state;
            if (double.IsNaN(r))
            {
                next = RsiRegime.None;
            }
            else if (r > options.UpperEnter && state != RsiRegime.Upper)
            {
                next = RsiRegime.Upper;
            }
            else if (r < options.LowerEnter && state != RsiRegime.Lower)
            {
                next = RsiRegime.Lower;
            }

            if (next != state)
            {
                if (state != RsiRegime.None)
                {
                    regimes.Add(Interval(dates, ZoneOf(state), regimeStart, i - 1, n));
                }

                regimeStart = i;
                state = next;
            }

            states[i] = state;
            Band(dates, r >= options.Overbought, RsiZone.Overbought, i, n, ref obStart, overbought);
            Band(dates, r <= options.Oversold, RsiZone.Oversold, i, n, ref osStart, oversold);
        }

        if (state != RsiRegime.None)
        {
            regimes.Add(Interval(dates, ZoneOf(state), regimeStart, n - 1, n));
        }

        Band(dates, false, RsiZone.Overbought, n, n, ref obStart, overbought);
        Band(dates, false, RsiZone.Oversold, n, n, ref osStart, oversold);
        return new RsiRegimeResult(states, regimes, overbought, oversold);
    }

    private static RsiZone ZoneOf(RsiRegime regime) =>
        regime == RsiRegime.Upper ? RsiZone.UpperRegime : RsiZone.LowerRegime;

    private static RsiInterval Interval(DateOnly[] dates, RsiZone zone, int start, int end, int n) =>
        new(zone, dates[start], dates[end], start, end, end == n - 1);

    /// <summary>Opens a run when <paramref name="inside"/> turns true, closes it (ending at i − 1) when it turns false.</summary>
    private static void Band(DateOnly[] dates, bool inside, RsiZone zone, int i, int n, ref int start, List<RsiInterval> into)
    {
        if (inside)
        {
            if (start < 0)
            {
                start = i;
            }
        }
        else if (start >= 0)
        {
            into.Add(Interval(dates, zone, start, i - 1, n));
            start = -1;
        }
    }
}
