using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Web.Services.Overview;

/// <summary>A symbol's year-to-date return (fraction) as of its own last date up to the page's as-of.</summary>
public sealed record YtdFigure(string Symbol, string Group, double? Return, DateOnly? AsOf, bool Stale);

/// <summary>
/// A fund's net flow summed over the 30 calendar days ending at the overview's as-of; <see cref="Modelled"/> when any day
/// is; <see cref="LastDate"/> the fund's last flow day inside them (null when it has none there).
/// </summary>
public sealed record FlowFigure(string Symbol, double? Sum, bool Modelled, int ReportedDays, DateOnly? LastDate, string Link);

/// <summary>A dated signal with the view that shows it.</summary>
public sealed record SignalFigure(string Symbol, string What, string Kind, DateOnly Date, string Link);

/// <summary>One symbol's data freshness: last bar, last flow day, stale against the latest bar in the store.</summary>
public sealed record FreshnessFigure(string Symbol, DateOnly? LastBar, DateOnly? LastFlowDay, int ModelledFlowDays, int RealFlowDays, bool Stale);

/// <summary>Everything the overview shows; every figure carries or implies its link (see <see cref="OverviewLinks"/>).</summary>
public sealed record OverviewModel(
    DateOnly AsOf,
    IReadOnlyList<YtdFigure> Ytd,
    double? SpreadPoints,
    string SpreadPair,
    DistanceFromHigh? IwmFromHigh,
    IReadOnlyList<FlowFigure> Flows,
    IReadOnlyList<SignalFigure> Signals,
    IReadOnlyList<FreshnessFigure> Freshness)
{
    /// <summary>The window the overview was built for (range of the readouts, pinned as-of).</summary>
    public Url.ViewWindow Window { get; init; } = OverviewView.DefaultWindow;

    /// <summary>Where each small and large fund stands (see <see cref="OverviewFigures.Readout"/>).</summary>
    public IReadOnlyList<FundReadout> Readouts { get; init; } = [];

    /// <summary>Notices about the window (e.g. an as-of that is no session, snapped to the last one before it).</summary>
    public IReadOnlyList<Url.QueryNotice> Notices { get; init; } = [];
}
