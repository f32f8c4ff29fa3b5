using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// New-high confirmation across a set of series: which closed at a 52-week or all-time high within the
/// last N sessions up to as-of, and which failed to (e.g. SPY at a high while IWM is not).
/// </summary>
public static class NewHighs
{
    /// <summary>
    /// For each close, whether it was a high of <paramref name="kind"/> on its day (ties count as highs;
    /// see <see cref="HighKind"/>). NaN closes are never highs and are ignored by later comparisons.
    /// O(n): a running maximum for all-time highs, a monotonic queue for 52-week highs.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="closes">Closes in one price basis, same length.</param>
    /// <param name="kind">52-week or all-time.</param>
    /// <returns>A new array of flags.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static bool[] Flags(DateOnly[] dates, ReadOnlySpan<double> closes, HighKind kind)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Guard.SameLength(dates.Length, closes.Length, nameof(dates), nameof(closes));
        var flags = new bool[closes.Length];
        if (kind == HighKind.AllTime)
        {
            var high = double.NegativeInfinity;
            for (var i = 0; i < closes.Length; i++)
            {
                var c = closes[i];
                if (c >= high)
                {
                    high = c;
                    flags[i] = true;
                }
            }

            return flags;
        }

        // Monotonic queue of indices whose closes are strictly decreasing: the head is the window maximum.
        var queue = new int[closes.Length];
        int head = 0, tail = 0;
        for (var i = 0; i < closes.Length; i++)
        {
            var windowStart = dates[i].AddDays(-364);
            while (head < tail && dates[queue[head]] <= windowStart)
            {
                head++;
            }

            var c = closes[i];
            if (double.IsNaN(c))
            {
                continue;
            }

            flags[i] = head == tail || c >= closes[queue[head]];
            while (head < tail && closes[queue[tail - 1]] <= c)
            {
                tail--;
            }

            queue[tail++] = i;
        }

        return flags;
    }

    /// <summary>
    /// For each series: the date of its last high (of <paramref name="kind"/>) on or before
    /// <paramref name="asOf"/>, and whether that high lies within its last <paramref name="sessions"/> sessions
    /// up to as-of (the session on or before as-of counts as the first of them). Series ending before as-of are
    /// judged on their own last sessions and flagged <see cref="NewHighStatus.Stale"/>.
    /// </summary>
    /// <param name="series">The series to compare, closes in one price basis.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="sessions">How many recent sessions count, at least 1.</param>
    /// <param name="kind">52-week (default) or all-time highs.</param>
    /// <returns>One status per series, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    public static IReadOnlyList<NewHighStatus> Confirm(
        IReadOnlyList<NamedSeries> series, DateOnly asOf, int sessions, HighKind kind = HighKind.FiftyTwoWeek)
    {
        ArgumentNullException.ThrowIfNull(series);
        Guard.AtLeast(sessions, 1, nameof(sessions));
        var result = new NewHighStatus[series.Count];
        for (var s = 0; s < series.Count; s++)
        {
            var (name, data) = series[s];
            var end = data.IndexOnOrBefore(asOf);
            if (end < 0)
            {
                result[s] = new NewHighStatus(name, kind, null, null, false, null, false);
                continue;
            }

            var flags = Flags(data.Dates[..(end + 1)], data.Values.AsSpan(0, end + 1), kind);
            var last = Array.LastIndexOf(flags, true);
            var confirmed = last >= 0 && last > end - sessions;
            result[s] = new NewHighStatus(
                name,
                kind,
                last >= 0 ? data.Dates[last] : null,
                last >= 0 ? data.Values[last] : null,
                confirmed,
                data.Dates[end],
                data.Dates[end] < asOf);
        }

        return result;
    }
}
