namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// Bearish and bullish price–RSI divergences found from swing highs and lows of the closes.
/// </summary>
/// <remarks>
/// The exact rule, with w = <c>swingWindow</c> and D = <c>maxDistance</c>:
/// <list type="number">
/// <item>Swing high at i: w ≤ i ≤ n − 1 − w, RSI(i) is not NaN, close(i) is strictly above every close in
/// [i − w, i − 1] and at or above every close in [i + 1, i + w] (on a flat top the first session is the swing).
/// Swing low: the mirror image (strictly below on the left, at or below on the right).</item>
/// <item>Each swing high is paired with the next swing high only (consecutive swings), and only when they are at
/// most D sessions apart (i2 − i1 ≤ D). Likewise for swing lows.</item>
/// <item>Bearish: close(i2) &gt; close(i1) (higher high) and RSI(i2) &lt; RSI(i1) (lower RSI high).
/// Bullish: close(i2) &lt; close(i1) (lower low) and RSI(i2) &gt; RSI(i1) (higher RSI low).</item>
/// <item>A divergence is confirmed at i2 + w, the first session at which the later swing is known; results are
/// ordered by that index.</item>
/// </list>
/// Swings use closes, not intraday highs and lows; the basis is whatever the closes are. O(n·w).
/// </remarks>
public static class Divergences
{
    /// <summary>Every divergence in the history, ordered by confirmation.</summary>
    /// <param name="dates">Ascending session dates aligned with both series.</param>
    /// <param name="closes">Closes (finite; NaN rows are never swings).</param>
    /// <param name="rsi">RSI aligned with the closes (NaN during warm-up).</param>
    /// <param name="swingWindow">Sessions on each side a swing must dominate (≥ 1), 5 by default.</param>
    /// <param name="maxDistance">Largest number of sessions between the two swings (≥ 1), 60 by default.</param>
    /// <returns>The divergences; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths differ, or a parameter is below 1 (named).</exception>
    public static IReadOnlyList<Divergence> Find(
        DateOnly[] dates, ReadOnlySpan<double> closes, ReadOnlySpan<double> rsi, int swingWindow = 5, int maxDistance = 60)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (closes.Length != dates.Length)
        {
            throw new ArgumentException($"closes has {closes.Length} values but dates has {dates.Length}.", nameof(closes));
        }

        if (rsi.Length != dates.Length)
        {
            throw new ArgumentException($"rsi has {rsi.Length} values but dates has {dates.Length}.", nameof(rsi));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(swingWindow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDistance, 1);

        var result = new List<Divergence>();
        var lastHigh = -1;
        var lastLow = -1;
        var n = dates.Length;
        for (var i = swingWindow; i + swingWindow < n; i++)
        {
            if (double.IsNaN(rsi[i]) || double.IsNaN(closes[i]))
            {
                continue;
            }

            // A session cannot be both a swing high and a swing low (strict on the left side).
            if (IsSwing(closes, i, swingWindow, high: true))
            {
                if (lastHigh >= 0 && i - lastHigh <= maxDistance && closes[i] > closes[lastHigh] && rsi[i] < rsi[lastHigh])
                {
                    result.Add(Make(DivergenceType.Bearish, dates, closes, rsi, lastHigh, i, swingWindow));
                }

                lastHigh = i;
            }
            else if (IsSwing(closes, i, swingWindow, high: false))
            {
                if (lastLow >= 0 && i - lastLow <= maxDistance && closes[i] < closes[lastLow] && rsi[i] > rsi[lastLow])
                {
                    result.Add(Make(DivergenceType.Bullish, dates, closes, rsi, lastLow, i, swingWindow));
                }

                lastLow = i;
            }
        }

        return result;
    }

    private static bool IsSwing(ReadOnlySpan<double> closes, int i, int w, bool high)
    {
        var c = closes[i];
        for (var j = i - w; j < i; j++)
        {
            // strictly beyond the left side (a NaN neighbour fails every comparison and rules the swing out)
            if (high ? !(c > closes[j]) : !(c < closes[j]))
            {
                return false;
            }
        }

        for (var j = i + 1; j <= i + w; j++)
        {
            if (high ? !(c >= closes[j]) : !(c <= closes[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static Divergence Make(
        DivergenceType type, DateOnly[] dates, ReadOnlySpan<double> closes, ReadOnlySpan<double> rsi, int first, int second, int w) =>
        new(type, first, dates[first], second, dates[second], second + w, dates[second + w],
            closes[first], closes[second], rsi[first], rsi[second]);
}
