using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Sync;

/// <summary>The last recorded run of one provider (an ImportRun of kind <c>sync</c>, format <c>run</c>).</summary>
/// <param name="Provider">The provider.</param>
/// <param name="LastRunUtc">When it started; null when it never ran.</param>
/// <param name="Status">Succeeded when every symbol synced, Refused when any failed.</param>
/// <param name="Summary">The first line: trigger and counts.</param>
/// <param name="Errors">The failed symbols' lines.</param>
/// <param name="Rows">Rows stored by the run.</param>
public sealed record ProviderSyncStatus(SyncProvider Provider, DateTime? LastRunUtc, ImportStatus? Status, string Summary, IReadOnlyList<string> Errors, int Rows);

/// <summary>What <c>/data</c> shows of the online refresh: per provider the last run, its result and its errors.</summary>
public sealed class SyncStatusReader(IDbContextFactory<MarketDbContext> factory)
{
    public async Task<IReadOnlyList<ProviderSyncStatus>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var result = new List<ProviderSyncStatus>();
        foreach (var provider in Enum.GetValues<SyncProvider>())
        {
            var file = $"sync:{SyncService.Name(provider)}";
            var run = await db.ImportRuns.AsNoTracking()
                .Where(r => r.Kind == "sync" && r.Format == "run" && r.File == file)
                .OrderByDescending(r => r.Id)
                .Select(r => new { r.StartedUtc, r.Status, r.Message, r.Rows })
                .FirstOrDefaultAsync(cancellationToken);
            if (run is null)
            {
                result.Add(new ProviderSyncStatus(provider, null, null, "never ran", [], 0));
                continue;
            }

            var lines = (run.Message ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var errors = lines.Skip(1).Where(l => l.Contains("] Failed:", StringComparison.Ordinal)).ToList();
            result.Add(new ProviderSyncStatus(provider, DateTime.SpecifyKind(run.StartedUtc, DateTimeKind.Utc), run.Status, lines.FirstOrDefault() ?? "", errors, run.Rows));
        }

        return result;
    }
}
