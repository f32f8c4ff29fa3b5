using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Data.Import.Issuers;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>A sector's weight in an older and a newer snapshot of one fund (percent; 0 where the sector is absent).</summary>
public sealed record SectorChange(string Sector, double Before, double After)
{
    /// <summary>After − before, in percentage points.</summary>
    public double Change => After - Before;
}

/// <summary>One fund on <c>/funds</c>: its fund days in the window, the snapshots up to the as-of date, sector weights, top holdings and sector changes.</summary>
/// <param name="Symbol">The fund.</param>
/// <param name="Days">The stored fund days (real and modelled) inside the window, or an empty series.</param>
/// <param name="Snapshots">Its holdings snapshots on or before the as-of date, newest first.</param>
/// <param name="Later">Its snapshots after the as-of date, oldest first (a pinned as-of hides them).</param>
/// <param name="Sectors">Sector weights of the latest snapshot on or before the as-of date (empty without one).</param>
/// <param name="TopHoldings">That snapshot's largest holdings by weight.</param>
/// <param name="Changes">Its sector weights against the snapshot before it (empty with fewer than two).</param>
public sealed record FundHoldingsView(
    string Symbol,
    FundDaySeries Days,
    IReadOnlyList<HoldingsSnapshotInfo> Snapshots,
    IReadOnlyList<HoldingsSnapshotInfo> Later,
    IReadOnlyList<SectorWeight> Sectors,
    IReadOnlyList<HoldingLine> TopHoldings,
    IReadOnlyList<SectorChange> Changes)
{
    /// <summary>The last stored fund day (whatever the window), or null when none is stored.</summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>Where the fund's AUM is stored (whatever the window), for the chart's empty state.</summary>
    public StoredRange? StoredAum { get; init; }

    /// <summary>Where the fund's shares outstanding are stored (whatever the window).</summary>
    public StoredRange? StoredShares { get; init; }

    /// <summary>The latest snapshot on or before the as-of date, or null.</summary>
    public HoldingsSnapshotInfo? Latest => Snapshots.Count > 0 ? Snapshots[0] : null;

    /// <summary>The snapshot the changes are measured from, or null.</summary>
    public HoldingsSnapshotInfo? Previous => Snapshots.Count > 1 ? Snapshots[1] : null;

    /// <summary>The weight (percent) of <paramref name="sector"/> in the latest snapshot, or null when it has none.</summary>
    public double? WeightOf(string sector) => Sectors.FirstOrDefault(s => s.Sector == sector)?.WeightPercent;
}

/// <summary>The <c>/funds</c> page model.</summary>
/// <param name="Query">The query it was built from.</param>
/// <param name="Window">The window resolved over the funds' fund days and snapshot dates (as-of, base close, end).</param>
/// <param name="Funds">The listed funds known to the store, in the query's order.</param>
/// <param name="SectorNames">Every sector of the funds' shown snapshots, by the largest weight any fund gives it.</param>
/// <param name="Notices">What was ignored and why.</param>
public sealed record FundsModel(FundsQuery Query, ResolvedWindow Window, IReadOnlyList<FundHoldingsView> Funds, IReadOnlyList<string> SectorNames, IReadOnlyList<QueryNotice> Notices)
{
    /// <summary>The as-of date: the holdings shown are the latest on or before it.</summary>
    public DateOnly AsOf => Window.AsOf;

    /// <summary>First day the charts show: the base close (AUM and shares are levels, so the window's starting level is drawn).</summary>
    public DateOnly From => Window.BaseDate;

    /// <summary>Last day the charts show.</summary>
    public DateOnly To => Window.EndDate;

    /// <summary>Whether any listed fund has a holdings snapshot on or before the as-of date.</summary>
    public bool AnyHoldings => Funds.Any(f => f.Latest is not null);

    /// <summary>Each fund's last stored fund day, stale when it ends before the as-of date.</summary>
    public IReadOnlyList<SymbolFreshness> Freshness =>
        [.. Funds.Where(f => f.LastDay is not null).Select(f => new SymbolFreshness(f.Symbol, f.LastDay!.Value, f.LastDay < AsOf, "fund day"))];
}
