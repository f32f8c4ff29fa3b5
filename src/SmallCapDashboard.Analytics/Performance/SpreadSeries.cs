namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// Small versus large over a window, on their common dates (the rows of <c>export spread</c>:
/// <c>Date,SmallReturn,LargeReturn,Spread,Ratio</c>). Row 0 is the base close (returns 0, spread 0, ratio 1).
/// </summary>
/// <param name="Dates">The base date, then the common dates of the window.</param>
/// <param name="SmallReturn">Cumulative return of the small series from the base close (fraction).</param>
/// <param name="LargeReturn">Cumulative return of the large series from the base close (fraction).</param>
/// <param name="Spread">(SmallReturn − LargeReturn) × 100, percentage points.</param>
/// <param name="Ratio">Relative-strength ratio small/large, 1.0 at the base.</param>
/// <param name="BaseFallback">True when no common close preceded the window, so the first common date in it is the base.</param>
public sealed record SpreadSeries(
    DateOnly[] Dates, double[] SmallReturn, double[] LargeReturn, double[] Spread, double[] Ratio, bool BaseFallback)
{
    /// <summary>Date of the base close (the first row); null when the series is empty.</summary>
    public DateOnly? BaseDate => Dates.Length > 0 ? Dates[0] : null;
}
