using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Queries;

/// <summary>
/// A cheap stamp of the stored data for per-instance caches: the id of the latest <c>ImportRun</c>. Every seed
/// and every import attempt records one, so a cache keyed by (symbol, basis) stays valid while the stamp is unchanged,
/// even when another process (the CLI, another web instance) wrote the data.
/// </summary>
public sealed class DataVersionReader(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>The current stamp; 0 for a store nothing was ever seeded or imported into.</summary>
    public async Task<long> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var latest = await db.ImportRuns.AsNoTracking().MaxAsync(r => (int?)r.Id, cancellationToken).ConfigureAwait(false);
        return latest ?? 0;
    }
}
