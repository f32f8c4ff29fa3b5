using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Import.Issuers;

namespace SmallCapDashboard.Data.Queries;

/// <summary>A stored holdings snapshot, without its lines.</summary>
/// <param name="Id">Snapshot id (for <see cref="HoldingsReader.LinesAsync"/>).</param>
/// <param name="Symbol">The fund.</param>
/// <param name="AsOf">The issuer's "holdings as of" date.</param>
/// <param name="Source">Where it came from (e.g. <c>iShares fund file (as of 2017-08-01)</c>).</param>
/// <param name="FundName">The fund's name as the file gave it.</param>
/// <param name="SharesOutstanding">Shares outstanding the file stated, or null.</param>
/// <param name="Lines">Number of holdings.</param>
public sealed record HoldingsSnapshotInfo(int Id, string Symbol, DateOnly AsOf, string Source, string FundName, double? SharesOutstanding, int Lines);

/// <summary>One sector's share of a snapshot: summed weights (percent) and market values of its holdings.</summary>
public sealed record SectorWeight(string Sector, double WeightPercent, double MarketValue, int Holdings);

/// <summary>Reads the holdings snapshots imported from issuer files. One context per call.</summary>
public sealed class HoldingsReader(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>Label of holdings whose file gives no sector (Direxion files have none).</summary>
    public const string Unclassified = "Unclassified";

    /// <summary>The snapshots of <paramref name="symbols"/>, newest first per symbol (symbols in the order given).</summary>
    public async Task<IReadOnlyList<HoldingsSnapshotInfo>> SnapshotsAsync(IReadOnlyList<string> symbols, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var keys = symbols.Select(s => s.Trim().ToUpperInvariant()).ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.HoldingsSnapshots.AsNoTracking()
            .Where(s => keys.Contains(s.Instrument!.Symbol))
            .Select(s => new HoldingsSnapshotInfo(s.Id, s.Instrument!.Symbol, s.AsOf, s.Source, s.FundName, s.SharesOutstanding, s.Holdings.Count))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => keys.IndexOf(r.Symbol)).ThenByDescending(r => r.AsOf)];
    }

    /// <summary>The lines of one snapshot in the file's order.</summary>
    public async Task<IReadOnlyList<HoldingLine>> LinesAsync(int snapshotId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Holdings.AsNoTracking().Where(h => h.SnapshotId == snapshotId).OrderBy(h => h.Position)
            .Select(h => new HoldingLine(h.Ticker, h.Name, h.Sector, h.AssetClass, h.MarketValue, h.WeightPercent, h.Quantity, h.Price))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sector weights of a snapshot's lines: weights (percent) and market values summed per sector, largest weight first;
    /// lines without a sector count as <see cref="Unclassified"/>, missing weights as 0.
    /// </summary>
    public static IReadOnlyList<SectorWeight> SectorWeights(IReadOnlyList<HoldingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines
            .GroupBy(l => string.IsNullOrWhiteSpace(l.Sector) ? Unclassified : l.Sector.Trim(), StringComparer.Ordinal)
            .Select(g => new SectorWeight(g.Key, g.Sum(l => l.WeightPercent ?? 0), g.Sum(l => l.MarketValue ?? 0), g.Count()))
            .OrderByDescending(s => s.WeightPercent).ThenBy(s => s.Sector, StringComparer.Ordinal)];
    }
}
