using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services;

/// <summary>
/// A window resolved against a page's primary dates: the base close (the last close before the window) at
/// <see cref="BaseIndex"/>, the last session at <see cref="EndIndex"/>, and the as-of date.
/// </summary>
public sealed record ResolvedWindow(DateOnly AsOf, int BaseIndex, int EndIndex, DateOnly BaseDate, DateOnly EndDate, DateOnly WindowFrom)
{
    /// <summary>Number of sessions shown, the base included.</summary>
    public int Count => EndIndex - BaseIndex + 1;

    /// <summary>
    /// Resolves <paramref name="window"/> over ascending <paramref name="dates"/>; null when there are no dates.
    /// As-of = the pinned date (or <c>to</c>) if given, else the last date; a relative range starts at its period's
    /// base close; a fixed range at the last close before <c>from</c> (the first bar when none).
    /// </summary>
    public static ResolvedWindow? Resolve(DateOnly[] dates, ViewWindow window, List<QueryNotice> notices)
    {
        if (dates.Length == 0)
        {
            return null;
        }

        var asOf = window.AsOf ?? window.To ?? dates[^1];
        var end = DateSearch.IndexOnOrBefore(dates, asOf);
        if (end < 0)
        {
            notices.Add(new QueryNotice(window.AsOf is null ? "to" : "asof", $"{asOf:yyyy-MM-dd} is before the first data ({dates[0]:yyyy-MM-dd}); the latest data is shown."));
            asOf = dates[^1];
            end = dates.Length - 1;
        }

        if (window.AsOf is { } asked && asked >= dates[0] && dates[end] != asked)
        {
            // A pinned as-of that is no session (a weekend, a holiday, a date past the data) resolves to the last
            // session on or before it, and says so: periods measured from a date with no close would be empty.
            notices.Add(new QueryNotice("asof", asked > dates[^1]
                ? $"{asked:yyyy-MM-dd} is after the last data ({dates[^1]:yyyy-MM-dd}); as of {dates[end]:yyyy-MM-dd} is shown."
                : $"{asked:yyyy-MM-dd} ({asked.DayOfWeek}) is not a trading session; as of the last session before it, {dates[end]:yyyy-MM-dd}, is shown."));
        }

        asOf = dates[end];
        if (window.To is { } to && window.AsOf is { } pinned && to < pinned)
        {
            var e = DateSearch.IndexOnOrBefore(dates, to);
            end = e >= 0 ? e : end;
        }

        int start;
        DateOnly windowFrom;
        if (window.IsCustom)
        {
            var from = window.From ?? dates[0];
            start = Periods.WindowBaseIndex(dates, from) ?? Math.Max(0, DateSearch.IndexOnOrAfter(dates, from));
            windowFrom = from;
        }
        else
        {
            var period = ToPeriod(window.Range ?? RangePreset.Y1);
            start = Periods.BaseIndex(dates, period, asOf) ?? 0;
            windowFrom = dates[start].AddDays(1);
        }

        if (start > end)
        {
            notices.Add(new QueryNotice("from", "the window holds no session before as-of; the whole history up to as-of is shown."));
            start = 0;
            windowFrom = dates[0];
        }

        return new ResolvedWindow(asOf, start, end, dates[start], dates[end], windowFrom);
    }

    /// <summary>The analytics period of a URL range.</summary>
    public static Period ToPeriod(RangePreset preset) => preset switch
    {
        RangePreset.W1 => Period.W1,
        RangePreset.M1 => Period.M1,
        RangePreset.M3 => Period.M3,
        RangePreset.M6 => Period.M6,
        RangePreset.Ytd => Period.Ytd,
        RangePreset.Y1 => Period.Y1,
        RangePreset.Y3 => Period.Y3,
        RangePreset.Y5 => Period.Y5,
        RangePreset.Y10 => Period.Y10,
        _ => Period.Max,
    };
}
