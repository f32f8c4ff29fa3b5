using SmallCapDashboard.Data.Import.Issuers;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>A sector's weight in an older and a newer snapshot of one fund (percent; 0 where the sector is absent).</summary>
public sealed record SectorChange(string Sector, double Before, double After)
{
    /// <summary>After − before, in percentage points.</summary>
    public double Change => After - Before;
}

/// <summary>One fund on <c>/funds</c>: its fund days, latest snapshot, sector weights, top holdings and sector changes.</summary>
/// <param name="Symbol">The fund.</param>
/// <param name="Days">Every stored fund day (real and modelled), or an empty series.</param>
/// <param name="Snapshots">Its holdings snapshots, newest first.</param>
/// <param name="Sectors">Sector weights of the latest snapshot (empty without one).</param>
/// <param name="TopHoldings">The latest snapshot's largest holdings by weight.</param>
/// <param name="Changes">Sector weights of the latest snapshot against the one before it (empty with fewer than two).</param>
public sealed record FundHoldingsView(
    string Symbol,
    FundDaySeries Days,
    IReadOnlyList<HoldingsSnapshotInfo> Snapshots,
    IReadOnlyList<SectorWeight> Sectors,
    IReadOnlyList<HoldingLine> TopHoldings,
    IReadOnlyList<SectorChange> Changes)
{
    /// <summary>The latest snapshot, or null.</summary>
    public HoldingsSnapshotInfo? Latest => Snapshots.Count > 0 ? Snapshots[0] : null;

    /// <summary>The snapshot the changes are measured from, or null.</summary>
    public HoldingsSnapshotInfo? Previous => Snapshots.Count > 1 ? Snapshots[1] : null;

    /// <summary>The weight (percent) of <paramref name="sector"/> in the latest snapshot, or null when it has none.</summary>
    public double? WeightOf(string sector) => Sectors.FirstOrDefault(s => s.Sector == sector)?.WeightPercent;
}

/// <summary>The <c>/funds</c> page model.</summary>
/// <param name="Query">The query it was built from.</param>
/// <param name="Funds">The listed funds known to the store, in the query's order.</param>
/// <param name="SectorNames">Every sector of the funds' latest snapshots, by the largest weight any fund gives it.</param>
/// <param name="Notices">What was ignored and why.</param>
public sealed record FundsModel(FundsQuery Query, IReadOnlyList<FundHoldingsView> Funds, IReadOnlyList<string> SectorNames, IReadOnlyList<QueryNotice> Notices)
{
    /// <summary>Whether any listed fund has a holdings snapshot.</summary>
    public bool AnyHoldings => Funds.Any(f => f.Latest is not null);
}
