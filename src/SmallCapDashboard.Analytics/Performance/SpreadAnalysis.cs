using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// The spread rows: the small-versus-large series of the /spread page, its CSV endpoint and <c>export spread</c>,
/// computed here and nowhere else.
/// </summary>
public static class SpreadAnalysis
{
    /// <summary>
    /// Aligns <paramref name="small"/> and <paramref name="large"/> on their common dates, takes the base close as the
    /// last common close before <paramref name="from"/> (the first common date when <paramref name="from"/> is null or
    /// nothing precedes it, flagged by <see cref="SpreadSeries.BaseFallback"/> in the latter case), and returns the base
    /// row plus every common date in [from, to]: both cumulative returns, the spread in percentage points and the
    /// ratio (1.0 at the base). Both series in the same basis. Only the base row when no common date lies in the
    /// window; empty when no common date lies on or before <paramref name="to"/>.
    /// </summary>
    /// <param name="small">Small-cap closes (e.g. IWM).</param>
    /// <param name="large">Large-cap closes (e.g. SPY).</param>
    /// <param name="from">First day of the window; null = from the first common date.</param>
    /// <param name="to">Last day of the window (inclusive), usually as-of.</param>
    /// <returns>The aligned window.</returns>
    /// <exception cref="ArgumentException">A base close is not a positive number.</exception>
    public static SpreadSeries Compute(DatedSeries small, DatedSeries large, DateOnly? from, DateOnly to)
    {
        var (dates, a, b) = SeriesAlignment.Align(small, large);
        var end = DateSearch.IndexOnOrBefore(dates, to);
        int baseIndex;
        var fallback = false;
        if (from is { } f)
        {
            var before = DateSearch.IndexBefore(dates, f);
            if (before >= 0)
            {
                baseIndex = before;
            }
            else
            {
                baseIndex = 0;
                fallback = true;
            }
        }
        else
        {
            baseIndex = 0;
        }

        if (end < 0 || baseIndex > end)
        {
            return new SpreadSeries([], [], [], [], [], fallback);
        }

        var count = end - baseIndex + 1;
        var sa = a.AsSpan(baseIndex, count);
        var sb = b.AsSpan(baseIndex, count);
        var smallReturn = Returns.Cumulative(sa, 0);
        var largeReturn = Returns.Cumulative(sb, 0);
        return new SpreadSeries(
            dates[baseIndex..(end + 1)],
            smallReturn,
            largeReturn,
            Spread.Compute(smallReturn, largeReturn),
            RelativeStrength.Ratio(sa, sb, 0),
            fallback);
    }
}
