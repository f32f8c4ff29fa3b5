using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// A window resolved against a view's primary dates (DESIGN.md "Conventions"): the base close (the last close before
/// the window) at <see cref="BaseIndex"/>, the last session at <see cref="EndIndex"/>, and the as-of date. The one
/// resolution every page, CSV endpoint and frozen link uses.
/// </summary>
/// <param name="AsOf">The as-of date relative ranges and periods resolve against.</param>
/// <param name="BaseIndex">Index of the base close.</param>
/// <param name="EndIndex">Index of the last session shown.</param>
/// <param name="BaseDate">Date of the base close.</param>
/// <param name="EndDate">Date of the last session shown.</param>
/// <param name="WindowFrom">The window's first day (the day after the base close for a relative range).</param>
public sealed record ResolvedWindow(DateOnly AsOf, int BaseIndex, int EndIndex, DateOnly BaseDate, DateOnly EndDate, DateOnly WindowFrom)
{
    /// <summary>Number of sessions shown, the base included.</summary>
    public int Count => EndIndex - BaseIndex + 1;

    /// <summary>
    /// The frozen form of this window (what a frozen link pins): <c>from</c> = <see cref="WindowFrom"/>,
    /// <c>to</c> = <see cref="EndDate"/>, <c>asof</c> = <see cref="AsOf"/>. Resolving it again over the same or longer
    /// history gives the same window.
    /// </summary>
    public (DateOnly From, DateOnly To, DateOnly AsOf) Frozen => (WindowFrom, EndDate, AsOf);

    /// <summary>
    /// Resolves a window over ascending <paramref name="dates"/>; null when there are no dates. As-of = the pinned
    /// date (or <paramref name="to"/>) if given, else the last date; a relative <paramref name="range"/> starts at its
    /// period's base close; a fixed range (<paramref name="from"/> or <paramref name="to"/> given) at the last close
    /// before <paramref name="from"/> (the first bar when none). What had to be changed is told to
    /// <paramref name="notice"/> as (URL parameter, text).
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="range">The relative range (used when neither <paramref name="from"/> nor <paramref name="to"/> is given; null = 1Y).</param>
    /// <param name="from">First day of a fixed window.</param>
    /// <param name="to">Last day of a fixed window.</param>
    /// <param name="asOf">A pinned as-of date.</param>
    /// <param name="notice">Receives (parameter, text) for each adjustment; may be null.</param>
    /// <returns>The window, or null.</returns>
    public static ResolvedWindow? Resolve(
        DateOnly[] dates, Period? range, DateOnly? from, DateOnly? to, DateOnly? asOf, Action<string, string>? notice = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Length == 0)
        {
            return null;
        }

        var at = asOf ?? to ?? dates[^1];
        var end = DateSearch.IndexOnOrBefore(dates, at);
        if (end < 0)
        {
            notice?.Invoke(asOf is null ? "to" : "asof", $"{at:yyyy-MM-dd} is before the first data ({dates[0]:yyyy-MM-dd}); the latest data is shown.");
            at = dates[^1];
            end = dates.Length - 1;
        }

        if (asOf is { } asked && asked >= dates[0] && dates[end] != asked)
        {
            // A pinned as-of that is no session (a weekend, a holiday, a date past the data) resolves to the last
            // session on or before it, and says so: periods measured from a date with no close would be empty.
            notice?.Invoke("asof", asked > dates[^1]
                ? $"{asked:yyyy-MM-dd} is after the last data ({dates[^1]:yyyy-MM-dd}); as of {dates[end]:yyyy-MM-dd} is shown."
                : $"{asked:yyyy-MM-dd} ({asked.DayOfWeek}) is not a trading session; as of the last session before it, {dates[end]:yyyy-MM-dd}, is shown.");
        }

        at = dates[end];

        if (to is { } t && asOf is { } pinned && t < pinned)
        {
            var e = DateSearch.IndexOnOrBefore(dates, t);
            end = e >= 0 ? e : end;
        }

        int start;
        DateOnly windowFrom;
        if (from is not null || to is not null)
        {
            var f = from ?? dates[0];
            start = Periods.WindowBaseIndex(dates, f) ?? Math.Max(0, DateSearch.IndexOnOrAfter(dates, f));
            windowFrom = f;
        }
        else
        {
            start = Periods.BaseIndex(dates, range ?? Period.Y1, at) ?? 0;
            windowFrom = dates[start].AddDays(1);
        }

        if (start > end)
        {
            notice?.Invoke("from", "the window holds no session before as-of; the whole history up to as-of is shown.");
            start = 0;
            windowFrom = dates[0];
        }

        return new ResolvedWindow(at, start, end, dates[start], dates[end], windowFrom);
    }
}
