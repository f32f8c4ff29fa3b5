namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Which kind of high <see cref="NewHighs"/> looks for.</summary>
public enum HighKind
{
    /// <summary>
    /// A close at least as high as every close of the 52 weeks ending on its day: dates in
    /// (date − 364 days, date]. With less history, against what exists.
    /// </summary>
    FiftyTwoWeek,

    /// <summary>A close at least as high as every earlier close in the series.</summary>
    AllTime,
}
