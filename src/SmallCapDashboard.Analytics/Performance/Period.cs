namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// Calendar periods of the period-returns table and the relative ranges of the URL
/// (<c>range=1w|1m|3m|6m|ytd|1y|3y|5y|10y|max</c>). See <see cref="Periods.TargetDate"/> for how each resolves.
/// </summary>
public enum Period
{
    /// <summary>One week: as-of − 7 days.</summary>
    W1,

    /// <summary>One calendar month (day-of-month clamped, e.g. 31 Mar → 29 Feb).</summary>
    M1,

    /// <summary>Three calendar months.</summary>
    M3,

    /// <summary>Six calendar months.</summary>
    M6,

    /// <summary>Year to date: from the last close of the previous calendar year.</summary>
    Ytd,

    /// <summary>One calendar year (29 Feb → 28 Feb).</summary>
    Y1,

    /// <summary>Three calendar years.</summary>
    Y3,

    /// <summary>Five calendar years.</summary>
    Y5,

    /// <summary>Ten calendar years.</summary>
    Y10,

    /// <summary>The whole history: the base is the first bar.</summary>
    Max,
}
