using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// Cuts full-history results to a window [from, to] (both inclusive). Compute indicators and signals on the
/// whole history first, then cut: a value inside a window never depends on where the window starts, so
/// narrowing a window never changes a value (warm-up is paid by the history before the window).
/// </summary>
public static class Windowing
{
    /// <summary>The index range of the sessions with <paramref name="from"/> ≤ date ≤ <paramref name="to"/>.</summary>
    /// <param name="dates">Ascending session dates.</param>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>Start index and count; count 0 when no session falls inside (or from &gt; to).</returns>
    public static (int Start, int Count) IndexRange(ReadOnlySpan<DateOnly> dates, DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            return (0, 0);
        }

        var start = DateSearch.IndexOnOrAfter(dates, from);
        var end = DateSearch.IndexOnOrBefore(dates, to);
        return start < 0 || end < start ? (0, 0) : (start, end - start + 1);
    }

    /// <summary>The values of a full-history series on the sessions inside the window, with their dates (copies).</summary>
    /// <param name="dates">Ascending session dates of the full history.</param>
    /// <param name="values">Values computed on the full history, aligned with <paramref name="dates"/>.</param>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>The cut series (empty when no session falls inside).</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static DatedSeries Cut(DateOnly[] dates, double[] values, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != dates.Length)
        {
            throw new ArgumentException($"values has {values.Length} entries but dates has {dates.Length}.", nameof(values));
        }

        var (start, count) = IndexRange(dates, from, to);
        return new DatedSeries(dates.AsSpan(start, count).ToArray(), values.AsSpan(start, count).ToArray());
    }

    /// <summary>The values of a full-history array on the sessions inside the window (a copy, no dates).</summary>
    /// <param name="dates">Ascending session dates of the full history.</param>
    /// <param name="values">Values aligned with <paramref name="dates"/>.</param>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>The values inside the window.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double[] CutValues(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> values, DateOnly from, DateOnly to)
    {
        if (values.Length != dates.Length)
        {
            throw new ArgumentException($"values has {values.Length} entries but dates has {dates.Length}.", nameof(values));
        }

        var (start, count) = IndexRange(dates, from, to);
        return values.Slice(start, count).ToArray();
    }

    /// <summary>The dated events (crosses, divergences, signal points…) whose date lies inside the window, in input order.</summary>
    /// <typeparam name="T">Event type.</typeparam>
    /// <param name="events">Events found on the full history.</param>
    /// <param name="dateOf">The date that places an event (e.g. a divergence's <c>ConfirmedDate</c>).</param>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>The events inside the window.</returns>
    public static IReadOnlyList<T> CutEvents<T>(IEnumerable<T> events, Func<T, DateOnly> dateOf, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(dateOf);
        var result = new List<T>();
        foreach (var e in events)
        {
            var d = dateOf(e);
            if (d >= from && d <= to)
            {
                result.Add(e);
            }
        }

        return result;
    }

    /// <summary>Crosses dated inside the window.</summary>
    /// <param name="crosses">Crosses found on the full history.</param>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>The crosses inside the window, in date order.</returns>
    public static IReadOnlyList<CrossEvent> Cut(IEnumerable<CrossEvent> crosses, DateOnly from, DateOnly to) =>
        CutEvents(crosses, c => c.Date, from, to);

    /// <summary>
    /// RSI intervals overlapping the window, clipped to the sessions inside it. A clipped interval keeps its
    /// zone; its start/end become the first/last session of the window it covers (indices stay full-history
    /// indices); <see cref="RsiInterval.IsOpen"/> is kept only when the original end is kept.
    /// </summary>
    /// <param name="intervals">Intervals found on the full history.</param>
    /// <param name="dates">The full-history dates the intervals index into.</param>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>The clipped intervals, in input order.</returns>
    public static IReadOnlyList<RsiInterval> Cut(IEnumerable<RsiInterval> intervals, DateOnly[] dates, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(dates);
        var (start, count) = IndexRange(dates, from, to);
        var result = new List<RsiInterval>();
        if (count == 0)
        {
            return result;
        }

        var end = start + count - 1;
        foreach (var r in intervals)
        {
            if (r.EndIndex < start || r.StartIndex > end)
            {
                continue;
            }

            var s = Math.Max(r.StartIndex, start);
            var e = Math.Min(r.EndIndex, end);
            result.Add(r with
            {
                StartIndex = s,
                Start = dates[s],
                EndIndex = e,
                End = dates[e],
                IsOpen = r.IsOpen && e == r.EndIndex,
            });
        }

        return result;
    }
}
