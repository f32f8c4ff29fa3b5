using System.Security.Claims;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Sync.Schedule;

namespace SmallCapDashboard.Web.Sync;

/// <summary>
/// "Sync now" on <c>/data</c>: a signed-in user in role <c>admin</c> (<see cref="MarketUsers.AdminRole"/>) runs the
/// scheduler's own refresh (<see cref="SyncScheduler.RunNowAsync"/>: the full request, under the same lock, so on
/// PostgreSQL the advisory lock still keeps two instances from running at once). Anyone else is refused before
/// anything runs; the panel hides the button from them, and this check holds for any circuit that calls it anyway.
/// </summary>
public sealed class SyncNow(SyncScheduler scheduler, ILogger<SyncNow> log)
{
    /// <summary>The refusal shown to a caller who is not a signed-in admin.</summary>
    public const string NotAdmin = "Only a signed-in admin may run a sync (role admin: smallcap user add EMAIL --role admin). Nothing was run.";

    /// <summary>The answer when a refresh is already running here or on another instance.</summary>
    public const string Busy = "A sync is already running (on this or another instance); its result shows here when it ends. Nothing else was run.";

    /// <summary>True when <paramref name="user"/> may run a sync from the web.</summary>
    public static bool MayRun(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(MarketUsers.AdminRole);

    /// <summary>
    /// Runs the refresh for <paramref name="user"/>, each symbol's outcome reported to <paramref name="progress"/> as it
    /// ends. Refusals (not an admin, a run already in progress) come back as <see cref="SyncNowOutcome.Error"/>.
    /// </summary>
    public async Task<SyncNowOutcome> RunAsync(ClaimsPrincipal user, IProgress<SyncOutcome>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!MayRun(user))
        {
            log.LogWarning("Sync now refused for {User}: not an admin", user.Identity?.Name ?? "(signed out)");
            return new SyncNowOutcome(null, NotAdmin);
        }

        log.LogInformation("Sync now by {User}", user.Identity!.Name);
        var result = await scheduler.RunNowAsync(progress, cancellationToken);
        return result.Outcome == RefreshOutcome.Ran && result.Report is { } report
            ? new SyncNowOutcome(report, null)
            : new SyncNowOutcome(null, Busy);
    }
}

/// <summary>What "Sync now" did: the run's report, or only a one-line refusal.</summary>
/// <param name="Report">The report of the run (per symbol and source), null when refused.</param>
/// <param name="Error">The refusal, or null.</param>
public sealed record SyncNowOutcome(SyncReport? Report, string? Error);

/// <summary>Registration of "Sync now".</summary>
public static class SyncNowRegistration
{
    /// <summary>Registers <see cref="SyncNow"/> (needs <c>AddSyncSchedule</c>, which <c>AddDashboard</c> calls first).</summary>
    public static IServiceCollection AddSyncNow(this IServiceCollection services)
    {
        services.AddSingleton<SyncNow>();
        return services;
    }
}
