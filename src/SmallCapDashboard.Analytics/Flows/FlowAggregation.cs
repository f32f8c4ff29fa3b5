using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Flows;

/// <summary>Weekly and monthly sums of daily net flows (for flow bars on long ranges).</summary>
public static class FlowAggregation
{
    /// <summary>
    /// One bucket per ISO week (Monday–Sunday) that holds at least one session, in date order. The sum covers the
    /// reported flows of the week's sessions; a week where none reported has a null sum.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="flows">Daily net flows, same length (null = not reported).</param>
    /// <returns>The weekly buckets.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static IReadOnlyList<FlowBucket> Weekly(DateOnly[] dates, double?[] flows) =>
        Aggregate(dates, flows, WeekStart);

    /// <summary>
    /// One bucket per calendar month that holds at least one session, in date order; see <see cref="Weekly"/>.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="flows">Daily net flows, same length (null = not reported).</param>
    /// <returns>The monthly buckets.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static IReadOnlyList<FlowBucket> Monthly(DateOnly[] dates, double?[] flows) =>
        Aggregate(dates, flows, static d => new DateOnly(d.Year, d.Month, 1));

    /// <summary>The Monday starting the ISO week of <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The Monday on or before it.</returns>
    public static DateOnly WeekStart(DateOnly date) =>
        date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static List<FlowBucket> Aggregate(DateOnly[] dates, double?[] flows, Func<DateOnly, DateOnly> periodOf)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(flows);
        Guard.SameLength(dates.Length, flows.Length, nameof(dates), nameof(flows));
        var buckets = new List<FlowBucket>();
        var i = 0;
        while (i < dates.Length)
        {
            var period = periodOf(dates[i]);
            var sum = 0.0;
            int reported = 0, sessions = 0;
            var last = dates[i];
            while (i < dates.Length && periodOf(dates[i]) == period)
            {
                if (FlowMath.Value(flows[i]) is { } f)
                {
                    sum += f;
                    reported++;
                }

                sessions++;
                last = dates[i];
                i++;
            }

            buckets.Add(new FlowBucket(period, last, reported > 0 ? sum : null, reported, sessions));
        }

        return buckets;
    }
}
