using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// Resolves calendar periods and windows to the index of their base close (DESIGN.md: the base close
/// of a window is the last close before the window's first day; periods are calendar based).
/// </summary>
public static class Periods
{
    /// <summary>All periods in table order (1W … Max).</summary>
    public static IReadOnlyList<Period> All { get; } =
        [Period.W1, Period.M1, Period.M3, Period.M6, Period.Ytd, Period.Y1, Period.Y3, Period.Y5, Period.Y10, Period.Max];

    /// <summary>
    /// The calendar date a period's base close is looked up on or before: as-of − 7 days (1W),
    /// − 1/3/6 months (1M/3M/6M, <see cref="DateOnly.AddMonths"/> clamps the day, so 31 May − 3 months = 29 Feb
    /// in a leap year), 31 Dec of the previous year (YTD), − 1/3/5/10 years (29 Feb → 28 Feb);
    /// null for <see cref="Period.Max"/> (the first bar).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The target date, or null for Max.</returns>
    public static DateOnly? TargetDate(Period period, DateOnly asOf) => period switch
    {
        Period.W1 => asOf.AddDays(-7),
        Period.M1 => asOf.AddMonths(-1),
        Period.M3 => asOf.AddMonths(-3),
        Period.M6 => asOf.AddMonths(-6),
        Period.Ytd => new DateOnly(asOf.Year - 1, 12, 31),
        Period.Y1 => asOf.AddYears(-1),
        Period.Y3 => asOf.AddYears(-3),
        Period.Y5 => asOf.AddYears(-5),
        Period.Y10 => asOf.AddYears(-10),
        Period.Max => null,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };

    /// <summary>
    /// Index of the base close of <paramref name="period"/> as of <paramref name="asOf"/>: the last close on
    /// or before <see cref="TargetDate"/>; for <see cref="Period.Max"/> the first bar. Null when the history
    /// does not reach back that far (no close on or before the target date) or holds nothing on or before as-of.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The base index, or null.</returns>
    public static int? BaseIndex(DateOnly[] dates, Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Length == 0 || dates[0] > asOf)
        {
            return null;
        }

        var target = TargetDate(period, asOf);
        if (target is null)
        {
            return 0;
        }

        var i = DateSearch.IndexOnOrBefore(dates, target.Value);
        return i >= 0 ? i : null;
    }

    /// <summary>
    /// Index of the base close of a window starting on <paramref name="from"/>: the last close strictly
    /// before <paramref name="from"/>. Null when no close precedes it (the window starts at or before the
    /// first bar; callers may then fall back to the first bar and say so).
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="from">The window's first day.</param>
    /// <returns>The base index, or null.</returns>
    public static int? WindowBaseIndex(DateOnly[] dates, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var i = DateSearch.IndexBefore(dates, from);
        return i >= 0 ? i : null;
    }
}
