using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Sync.Schedule;

namespace SmallCapDashboard.Data.Sync;

/// <summary>The last recorded run of one provider (an ImportRun of kind <c>sync</c>, format <c>run</c>).</summary>
/// <param name="Provider">The provider.</param>
/// <param name="LastRunUtc">When it started; null when it never ran.</param>
/// <param name="Status">Succeeded when every symbol synced, Refused when any failed.</param>
/// <param name="Summary">The first line: trigger and counts.</param>
/// <param name="Errors">The failed symbols' lines.</param>
/// <param name="Rows">Rows stored by the run.</param>
public sealed record ProviderSyncStatus(SyncProvider Provider, DateTime? LastRunUtc, ImportStatus? Status, string Summary, IReadOnlyList<string> Errors, int Rows);

/// <summary>The online refresh at a glance: the schedule, its next run, and per provider the last run.</summary>
/// <param name="Schedule">The cron expression, or <c>off</c>.</param>
/// <param name="TimeZone">The zone it is read in.</param>
/// <param name="NextRunUtc">The next scheduled run; null when off.</param>
/// <param name="Providers">Per provider, its last recorded run.</param>
public sealed record SyncOverview(string Schedule, string TimeZone, DateTimeOffset? NextRunUtc, IReadOnlyList<ProviderSyncStatus> Providers);

/// <summary>What <c>/data</c> shows of the online refresh: per provider the last run, its result and its errors, and the next run.</summary>
public sealed class SyncStatusReader(IDbContextFactory<MarketDbContext> factory, IOptions<SyncOptions> options, TimeProvider? timeProvider = null)
{
    /// <summary>The schedule, the next run after now, and each provider's last run.</summary>
    public async Task<SyncOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        SyncSchedule schedule;
        try
        {
            schedule = SyncSchedule.From(options.Value);
        }
        catch (FormatException e)
        {
            return new SyncOverview(e.Message, options.Value.TimeZone, null, await ReadAsync(cancellationToken));
        }

        var next = schedule.Next((timeProvider ?? TimeProvider.System).GetUtcNow());
        return new SyncOverview(schedule.Text, schedule.Zone.Id, next, await ReadAsync(cancellationToken));
    }

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
