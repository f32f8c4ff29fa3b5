namespace SmallCapDashboard.Analytics.Flows;

/// <summary>
/// Sum of daily net flows over one calendar week (ISO, Monday start) or month.
/// </summary>
/// <param name="PeriodStart">The Monday of the week, or the first day of the month.</param>
/// <param name="LastDate">The last session of the period present in the data (bars are dated by it).</param>
/// <param name="Sum">Sum of the reported flows; null when no session of the period reported one (missing, not 0).</param>
/// <param name="ReportedDays">Sessions of the period with a reported flow.</param>
/// <param name="Sessions">Sessions of the period in the data.</param>
public sealed record FlowBucket(DateOnly PeriodStart, DateOnly LastDate, double? Sum, int ReportedDays, int Sessions);
