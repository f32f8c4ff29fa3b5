namespace SmallCapDashboard.Analytics.Performance;

/// <summary>New-high confirmation of one series.</summary>
/// <param name="Name">The series' name.</param>
/// <param name="Kind">52-week or all-time high.</param>
/// <param name="LastHighDate">Date of the last close on or before as-of that was a high of <paramref name="Kind"/>; null when none.</param>
/// <param name="LastHighClose">That close.</param>
/// <param name="Confirmed">True when the last high lies within the last N sessions of the series up to as-of.</param>
/// <param name="LastDate">The series' last date on or before as-of; null when it has none.</param>
/// <param name="Stale">True when <paramref name="LastDate"/> is before as-of (the series ends earlier).</param>
public sealed record NewHighStatus(
    string Name,
    HighKind Kind,
    DateOnly? LastHighDate,
    double? LastHighClose,
    bool Confirmed,
    DateOnly? LastDate,
    bool Stale);
