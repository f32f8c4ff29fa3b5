using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SmallCapDashboard.Data.Sync.Schedule;

/// <summary>How a refresh attempt ended.</summary>
public enum RefreshOutcome
{
    /// <summary>This instance ran it.</summary>
    Ran,

    /// <summary>Another refresh held the lock (on this or another instance).</summary>
    Busy,

    /// <summary>Another instance already ran this occurrence.</summary>
    AlreadyDone,
}

/// <summary>One refresh attempt: what happened and, when it ran, the report.</summary>
public sealed record RefreshResult(RefreshOutcome Outcome, SyncReport? Report);

/// <summary>
/// The scheduled refresh (a hosted <see cref="BackgroundService"/>): waits on <see cref="TimeProvider"/> for the next
/// occurrence of <c>Sync:Schedule</c> in <c>Sync:TimeZone</c>, then runs the full <see cref="SyncService"/> request
/// under <see cref="SyncLock"/>. Inside the lock it checks that no instance recorded a run for this occurrence yet,
/// so with several instances on PostgreSQL exactly one refreshes each occurrence; the others see the new data through
/// the data version. <see cref="RunNowAsync"/> is "Sync now" on <c>/data</c>
/// (admins only; the web's <c>SyncNow</c> checks the role): the same run path, the same lock.
/// </summary>
public sealed class SyncScheduler(
    IServiceScopeFactory scopes,
    IDbContextFactory<MarketDbContext> factory,
    SyncLock gate,
    IOptions<SyncOptions> options,
    TimeProvider? timeProvider = null,
    ILogger<SyncScheduler>? logger = null) : BackgroundService
{
    /// <summary>A run recorded this long before an occurrence (clock skew between instances) still counts for it.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>The trigger recorded by scheduled runs (the first word of their summary ImportRun's message).</summary>
    public const string ScheduleTrigger = "schedule";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<SyncScheduler>.Instance;

    public SyncSchedule Schedule { get; } = SyncSchedule.From(options.Value);

    /// <summary>The occurrence the job waits for (null when off or stopped).</summary>
    public DateTimeOffset? NextRun { get; private set; }

    /// <summary>
    /// Runs a full refresh now (trigger <c>manual</c>) under the same lock as the schedule, reporting each symbol's
    /// outcome to <paramref name="progress"/> as it ends; Busy at once when a refresh runs here or on another instance.
    /// </summary>
    public Task<RefreshResult> RunNowAsync(IProgress<SyncOutcome>? progress = null, CancellationToken cancellationToken = default) =>
        RefreshAsync(null, "manual", progress, cancellationToken);

    /// <summary>Runs the refresh due at <paramref name="due"/> unless another instance holds the lock or already ran it.</summary>
    public Task<RefreshResult> RunOccurrenceAsync(DateTimeOffset due, CancellationToken cancellationToken = default) =>
        RefreshAsync(due, ScheduleTrigger, null, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Schedule.Enabled)
        {
            _log.LogInformation("Scheduled sync is off (Sync:Schedule = off)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            var next = Schedule.Next(now);
            NextRun = next;
            if (next is null)
            {
                return;
            }

            try
            {
                await Task.Delay(next.Value - now, _time, stoppingToken);
                var result = await RunOccurrenceAsync(next.Value, stoppingToken);
                _log.LogInformation("Scheduled sync for {Due}: {Outcome}", next.Value, result.Outcome);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // A broken run (database down) is logged; the next occurrence tries again.
                _log.LogError(e, "Scheduled sync for {Due} failed", next.Value);
            }
        }

        NextRun = null;
    }

    private async Task<RefreshResult> RefreshAsync(DateTimeOffset? due, string trigger, IProgress<SyncOutcome>? progress, CancellationToken ct)
    {
        await using var held = await gate.TryAcquireAsync(ct);
        if (held is null)
        {
            return new RefreshResult(RefreshOutcome.Busy, null);
        }

        if (due is { } d && await RanSinceAsync(d - ClockSkew, ct))
        {
            return new RefreshResult(RefreshOutcome.AlreadyDone, null);
        }

        await using var scope = scopes.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<SyncService>(scope.ServiceProvider, _time);
        var report = await service.RunAsync(new SyncRequest { Trigger = trigger }, progress, ct);
        return new RefreshResult(RefreshOutcome.Ran, report);
    }

    private async Task<bool> RanSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var utc = since.UtcDateTime;
        return await db.ImportRuns.AsNoTracking().AnyAsync(r => r.Kind == "sync" && r.Format == "run" && r.StartedUtc >= utc && r.Message!.StartsWith(ScheduleTrigger + ":"), ct);
    }
}
