namespace SmallCapDashboard.Analytics.Core;

/// <summary>A dated series with a display name (usually the symbol, e.g. <c>IWM</c> or <c>IWM:SPY</c>).</summary>
/// <param name="Name">The name shown for the series.</param>
/// <param name="Series">The dated values (closes in one stated price basis).</param>
public sealed record NamedSeries(string Name, DatedSeries Series);
