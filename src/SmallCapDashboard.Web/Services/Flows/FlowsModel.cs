using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>A fund's place on the page: its last flow day and whether it ends before the page's as-of date.</summary>
public sealed record FundFreshness(string Symbol, DateOnly? LastFlowDate, DateOnly? LastPriceDate, bool Stale);

/// <summary>
/// Everything <c>/flows</c> shows for one query: each fund's flows over [<see cref="From"/>, <see cref="To"/>], the
/// bar granularity, freshness, and the notices about the query and the data.
/// </summary>
public sealed record FlowsModel(
    FlowsQuery Query,
    ResolvedWindow Window,
    DateOnly From,
    DateOnly To,
    FlowGranularity Granularity,
    IReadOnlyList<FundFlowView> Funds,
    IReadOnlyList<FundFreshness> Freshness,
    IReadOnlyList<string> FundsWithoutData,
    IReadOnlyList<QueryNotice> Notices)
{
    /// <summary>
    /// With "real data only": why the window holds no real flow (the window's dates and where the real flows are), else
    /// null. The page shows it instead of empty panels and stays on the window.
    /// </summary>
    public string? NoRealFlowsInWindow { get; init; }

    /// <summary>The as-of date (the window's).</summary>
    public DateOnly AsOf => Window.AsOf;

    /// <summary>Whether any shown day is modelled.</summary>
    public bool AnyModelled => Funds.Any(f => f.AnyModelled);

    /// <summary>The funds with modelled days in the window.</summary>
    public IReadOnlyList<string> ModelledFunds => [.. Funds.Where(f => f.AnyModelled).Select(f => f.Symbol)];

    /// <summary>The funds with real days in the window, each with its sources.</summary>
    public IReadOnlyList<(string Symbol, IReadOnlyList<string> Sources)> RealSources =>
        [.. Funds.Where(f => f.RealDays > 0).Select(f => (f.Symbol, f.RealSources))];
}
