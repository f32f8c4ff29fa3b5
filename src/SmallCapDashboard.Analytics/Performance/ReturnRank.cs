using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Ranks a return among all windows of the same number of sessions.</summary>
public static class ReturnRank
{
    /// <summary>
    /// Ranks the <paramref name="sessions"/>-session return ending at <paramref name="endIndex"/>,
    /// <c>closes[end] / closes[end − sessions] − 1</c>, among every window of the same length whose end lies in
    /// [sessions, endIndex] (the history up to the ranked window, so a pinned as-of keeps its rank as data grows).
    /// Windows touching a NaN or non-positive base are skipped. "Since" dates are the end dates of the most recent
    /// earlier window that was strictly lower / higher. Single pass, O(endIndex).
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="closes">Closes in one price basis, same length.</param>
    /// <param name="endIndex">Index of the ranked window's last close.</param>
    /// <param name="sessions">Window length in sessions (≥ 1, ≤ endIndex).</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index or the window length is out of range.</exception>
    public static ReturnRankResult Rank(DateOnly[] dates, ReadOnlySpan<double> closes, int endIndex, int sessions)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Guard.SameLength(dates.Length, closes.Length, nameof(dates), nameof(closes));
        Guard.IndexInRange(endIndex, closes.Length, nameof(endIndex));
        Guard.AtLeast(sessions, 1, nameof(sessions));
        if (sessions > endIndex)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sessions), sessions, $"A {sessions}-session window needs its end at index {sessions} or later, not {endIndex}.");
        }

        var r = WindowReturn(closes, endIndex, sessions);
        if (double.IsNaN(r))
        {
            return new ReturnRankResult(r, sessions, dates[endIndex], 0, 0, 0, null, null);
        }

        int count = 1, lower = 0, higher = 0, lowerAt = -1, higherAt = -1;
        for (var j = sessions; j < endIndex; j++)
        {
            var x = WindowReturn(closes, j, sessions);
            if (double.IsNaN(x))
            {
                continue;
            }

            count++;
            if (x < r)
            {
                lower++;
                lowerAt = j;
            }
            else if (x > r)
            {
                higher++;
                higherAt = j;
            }
        }

        return new ReturnRankResult(
            r,
            sessions,
            dates[endIndex],
            count,
            lower,
            higher,
            lowerAt >= 0 ? dates[lowerAt] : null,
            higherAt >= 0 ? dates[higherAt] : null);
    }

    /// <summary>
    /// The rank of one row of <see cref="PeriodReturns.Compute"/> (its end index and session count), or null when the
    /// row has no return. Use the same dates and closes the row was computed from.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="closes">Closes in one price basis, same length.</param>
    /// <param name="row">A period-returns row.</param>
    /// <returns>The rank, or null.</returns>
    public static ReturnRankResult? ForPeriod(DateOnly[] dates, ReadOnlySpan<double> closes, PeriodReturn row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row is { Return: not null, EndIndex: { } end, Sessions: { } n } && n >= 1
            ? Rank(dates, closes, end, n)
            : null;
    }

    private static double WindowReturn(ReadOnlySpan<double> closes, int end, int sessions)
    {
        var b = closes[end - sessions];
        var e = closes[end];
        return b > 0 && !double.IsNaN(e) ? e / b - 1.0 : double.NaN;
    }
}
