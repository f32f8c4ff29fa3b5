using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// Forward returns after past signals and hit rates per signal type.
/// </summary>
/// <remarks>
/// Forward return over m calendar months of a signal on date d: close(j) / close(d) − 1, where j is the last
/// session on or before d + m months (<see cref="DateOnly.AddMonths"/>: Jan 31 + 1 month = Feb 28/29). Null when
/// d + m months is after the last date of the series (the future is not in the data). Fractions, in the basis of
/// the closes given (use the <c>total</c> basis for what an investor earned, <c>price</c> for what a chart shows).
/// Hit rate: golden/upper-regime/bullish hit = forward return &gt; 0; death/lower/bearish hit = forward return &lt; 0.
/// </remarks>
public static class SignalOutcomes
{
    /// <summary>The 1M/3M/6M forward returns of every signal.</summary>
    /// <param name="dates">Ascending session dates aligned with <paramref name="closes"/>.</param>
    /// <param name="closes">Closes (finite, &gt; 0).</param>
    /// <param name="signals">Signals; each date must be one of <paramref name="dates"/>.</param>
    /// <returns>One outcome per signal, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Lengths differ, a signal date is not a session of the series, or a close used is not a positive number.</exception>
    public static IReadOnlyList<SignalOutcome> ForwardReturns(DateOnly[] dates, ReadOnlySpan<double> closes, IEnumerable<SignalPoint> signals)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(signals);
        if (closes.Length != dates.Length)
        {
            throw new ArgumentException($"closes has {closes.Length} values but dates has {dates.Length}.", nameof(closes));
        }

        var result = new List<SignalOutcome>();
        foreach (var s in signals)
        {
            var index = Array.BinarySearch(dates, s.Date);
            if (index < 0)
            {
                throw new ArgumentException($"Signal {s.Kind} on {s.Date:yyyy-MM-dd} is not a session of the series.", nameof(signals));
            }

            var close = Close(closes, index);
            result.Add(new SignalOutcome(
                s,
                index,
                close,
                Forward(dates, closes, index, close, 1),
                Forward(dates, closes, index, close, 3),
                Forward(dates, closes, index, close, 6)));
        }

        return result;
    }

    /// <summary>
    /// Forward return from the close at <paramref name="index"/> to the last close on or before its date plus
    /// <paramref name="months"/> calendar months; null when that date is after the last session.
    /// </summary>
    /// <param name="dates">Ascending session dates.</param>
    /// <param name="closes">Closes aligned with the dates.</param>
    /// <param name="index">Index of the entry session.</param>
    /// <param name="months">Calendar months ahead (≥ 1).</param>
    /// <returns>The fraction, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the series or <paramref name="months"/> is below 1.</exception>
    public static double? ForwardReturn(DateOnly[] dates, ReadOnlySpan<double> closes, int index, int months)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Math.Min(dates.Length, closes.Length));
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return Forward(dates, closes, index, Close(closes, index), months);
    }

    /// <summary>Hit rate and mean forward return per signal type (and label) and horizon.</summary>
    /// <param name="outcomes">Outcomes from <see cref="ForwardReturns"/>.</param>
    /// <returns>
    /// Three rows (1M, 3M, 6M) for each (kind, label) present, ordered by kind, then label (null first, then
    /// ordinal), then horizon. Signals with different labels (e.g. 10/50 and 50/200 crosses) are counted apart.
    /// </returns>
    public static IReadOnlyList<SignalHitRate> HitRates(IEnumerable<SignalOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ForwardHorizon[] horizons = [ForwardHorizon.OneMonth, ForwardHorizon.ThreeMonths, ForwardHorizon.SixMonths];
        var groups = new Dictionary<(SignalKind Kind, string Label), Tally>();
        foreach (var o in outcomes)
        {
            var key = (o.Signal.Kind, o.Signal.Label ?? string.Empty);
            if (!groups.TryGetValue(key, out var tally))
            {
                tally = new Tally(o.Signal.Label);
                groups.Add(key, tally);
            }

            tally.Signals++;
            for (var h = 0; h < horizons.Length; h++)
            {
                if (o.ReturnFor(horizons[h]) is not { } r)
                {
                    continue;
                }

                tally.Evaluated[h]++;
                tally.Sums[h] += r;
                if (o.Signal.ExpectedDirection > 0 ? r > 0 : r < 0)
                {
                    tally.Hits[h]++;
                }
            }
        }

        var keys = new List<(SignalKind Kind, string Label)>(groups.Keys);
        keys.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Label, b.Label));
        var result = new List<SignalHitRate>(keys.Count * horizons.Length);
        foreach (var key in keys)
        {
            var t = groups[key];
            for (var h = 0; h < horizons.Length; h++)
            {
                var e = t.Evaluated[h];
                result.Add(new SignalHitRate(
                    key.Kind, horizons[h], t.Signals, e, t.Hits[h],
                    e == 0 ? null : (double)t.Hits[h] / e,
                    e == 0 ? null : t.Sums[h] / e,
                    t.Label));
            }
        }

        return result;
    }

    /// <summary>Counts for one (kind, label): per horizon 1M, 3M, 6M.</summary>
    private sealed class Tally(string? label)
    {
        public string? Label { get; } = label;

        public int Signals { get; set; }

        public int[] Evaluated { get; } = new int[3];

        public int[] Hits { get; } = new int[3];

        public double[] Sums { get; } = new double[3];
    }

    private static double? Forward(DateOnly[] dates, ReadOnlySpan<double> closes, int index, double entry, int months)
    {
        var target = dates[index].AddMonths(months);
        if (target > dates[^1])
        {
            return null;
        }

        var exit = DateSearch.IndexOnOrBefore(dates, target);
        return Close(closes, exit) / entry - 1.0;
    }

    private static double Close(ReadOnlySpan<double> closes, int index)
    {
        var c = closes[index];
        if (!(c > 0) || double.IsPositiveInfinity(c))
        {
            throw new ArgumentException($"closes[{index}] is {c}; closes must be finite and greater than zero.", nameof(closes));
        }

        return c;
    }
}
