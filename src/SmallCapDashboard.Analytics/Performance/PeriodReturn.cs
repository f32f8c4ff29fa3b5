namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// One row of the period-returns table. Null fields mean the history does not reach back far enough
/// (or holds nothing on or before as-of).
/// </summary>
/// <param name="Label">Row label: <c>1W, 1M, 3M, 6M, YTD, 1Y, 3Y, 5Y, 10Y, Max</c> or <c>Window</c>.</param>
/// <param name="Period">The calendar period, or null for the window row.</param>
/// <param name="BaseIndex">Index of the base close.</param>
/// <param name="BaseDate">Date of the base close.</param>
/// <param name="BaseClose">The base close.</param>
/// <param name="EndIndex">Index of the end close (last close on or before as-of).</param>
/// <param name="EndDate">Date of the end close.</param>
/// <param name="EndClose">The end close.</param>
/// <param name="Return">Return from the base close to the end close, as a fraction (basis of the input closes).</param>
/// <param name="Sessions">Sessions between base and end (<c>EndIndex − BaseIndex</c>), for <see cref="ReturnRank.Rank"/>.</param>
public sealed record PeriodReturn(
    string Label,
    Period? Period,
    int? BaseIndex,
    DateOnly? BaseDate,
    double? BaseClose,
    int? EndIndex,
    DateOnly? EndDate,
    double? EndClose,
    double? Return,
    int? Sessions);
