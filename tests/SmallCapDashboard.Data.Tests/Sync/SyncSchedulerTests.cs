using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Sync.Schedule;
using SmallCapDashboard.Testing;
using static SmallCapDashboard.Data.Tests.Sync.YahooJson;

namespace SmallCapDashboard.Data.Tests.Sync;

/// <summary>The schedule (Cronos in a time zone) and the hosted refresh on an injected clock.</summary>
public sealed class SyncSchedulerTests
{
    private static string SpyChart() => Chart("SPY", [Jan02, Jan05, Jan06, Jan07],
        [680, 681, 682, 683], [681, 682, 683, 684], [679, 680, 681, 682], [680.5, 681.5, 682.5, 683.5], [680.5, 681.5, 682.5, 683.5], [1, 2, 3, 4]);

    [Theory]
    [InlineData("2026-01-07T23:00:00Z", "2026-01-07T23:30:00Z")] // Wed 18:00 EST → 18:30 EST the same day
    [InlineData("2026-01-09T23:45:00Z", "2026-01-12T23:30:00Z")] // Fri after the run → Monday
    [InlineData("2026-06-10T12:00:00Z", "2026-06-10T22:30:00Z")] // summer: 18:30 EDT is 22:30 UTC
    public void Next_DefaultSchedule_WeekdaysAt1830NewYork(string after, string expected)
    {
        var schedule = SyncSchedule.From(new SyncOptions());

        Assert.Equal(DateTimeOffset.Parse(expected), schedule.Next(DateTimeOffset.Parse(after)));
    }

    [Fact]
    public void From_Off_Disabled()
    {
        var schedule = SyncSchedule.From(new SyncOptions { Schedule = "off" });

        Assert.False(schedule.Enabled);
        Assert.Null(schedule.Next(DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("every evening", "Europe/London", "Sync:Schedule")]
    [InlineData("30 18 * * 1-5", "Mars/Olympus", "Sync:TimeZone")]
    public void From_Invalid_NamesTheSetting(string cron, string zone, string setting)
    {
        var e = Assert.Throws<FormatException>(() => SyncSchedule.From(new SyncOptions { Schedule = cron, TimeZone = zone }));

        Assert.StartsWith(setting, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_InjectedClock_RunsAtTheOccurrenceNotBefore()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Text(200, SpyChart()));
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 7, 23, 0, 0, TimeSpan.Zero)); // 18:00 New York
        var scheduler = h.Scheduler();
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            await Until(() => scheduler.NextRun is not null);
            Assert.Equal(new DateTimeOffset(2026, 1, 7, 23, 30, 0, TimeSpan.Zero), scheduler.NextRun);

            h.Clock.Advance(TimeSpan.FromMinutes(29));
            Assert.Empty(h.Upstream.Requests);

            h.Clock.Advance(TimeSpan.FromMinutes(1));
            await Until(() => scheduler.NextRun == new DateTimeOffset(2026, 1, 8, 23, 30, 0, TimeSpan.Zero));

            // The 18:30 run stored Wednesday's session (closed at 16:00) with the rest of the history.
            Assert.Equal(683.5, (await h.BarsAsync("SPY"))[^1].Close);
            var yahooRun = (await h.RunsAsync()).Single(r => r.Format == "run" && r.File == "sync:yahoo");
            Assert.StartsWith("schedule:", yahooRun.Message, StringComparison.Ordinal);
            var overview = await ActivatorUtilities.CreateInstance<SyncStatusReader>(h.Services, (TimeProvider)h.Clock).OverviewAsync();
            Assert.Equal(new DateTimeOffset(2026, 1, 8, 23, 30, 0, TimeSpan.Zero), overview.NextRunUtc);
            var yahoo = overview.Providers.Single(p => p.Provider == SyncProvider.Yahoo);
            Assert.Equal(new DateTime(2026, 1, 7, 23, 30, 0, DateTimeKind.Utc), yahoo.LastRunUtc);
            Assert.Contains(yahoo.Errors, e => e.StartsWith("IWM [yahoo] Failed:", StringComparison.Ordinal)); // the stand-in knows only SPY
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Scheduler_Off_NeverRuns()
    {
        await using var h = await SyncHarness.StartAsync(new() { ["Sync:Schedule"] = "off" });
        var scheduler = h.Scheduler();
        await scheduler.StartAsync(CancellationToken.None);
        h.Clock.Advance(TimeSpan.FromDays(7));
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Null(scheduler.NextRun);
        Assert.Empty(h.Upstream.Requests);
    }

    [Fact]
    public async Task RunNow_WhileARefreshRuns_IsBusy()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Slow(TimeSpan.FromMilliseconds(500), UpstreamStandIn.Text(200, SpyChart())));
        var scheduler = h.Scheduler();

        var first = scheduler.RunNowAsync();
        await Until(() => h.Upstream.Requests.Count > 0);
        var second = await scheduler.RunNowAsync();

        Assert.Equal(RefreshOutcome.Busy, second.Outcome);
        Assert.Equal(RefreshOutcome.Ran, (await first).Outcome);
    }

    internal static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the condition did not become true within 30 s");
    }
}

/// <summary>Two web instances on one PostgreSQL database: one refreshes each occurrence, both see the result.</summary>
public sealed class SyncSchedulerPostgresTests : IAsyncLifetime
{
    private readonly string _name = "smallcap_sync_" + Guid.NewGuid().ToString("N")[..12];
    private string _server = "";

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES") is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException("SMALLCAP_TEST_POSTGRES is not set: PostgreSQL tests need a server (bash scripts/test.sh starts one)");
        await AdminAsync($"CREATE DATABASE \"{_name}\"");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    [Fact]
    public async Task TwoInstancesPostgres_SameOccurrence_ExactlyOneRefreshesBothSeeTheNewBar()
    {
        var store = new MarketDataOptions
        {
            Provider = MarketDataProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString,
        };
        await using var a = await SyncHarness.StartAsync(store: store);
        await using var b = await SyncHarness.StartAsync(store: store, upstream: a.Upstream);
        a.Upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Slow(TimeSpan.FromMilliseconds(300),
            UpstreamStandIn.Text(200, Chart("SPY", [Jan02, Jan05, Jan06, Jan07], [680, 681, 682, 683], [681, 682, 683, 684], [679, 680, 681, 682],
                [680.5, 681.5, 682.5, 683.5], [680.5, 681.5, 682.5, 683.5], [1, 2, 3, 4]))));
        var due = new DateTimeOffset(2026, 1, 7, 23, 30, 0, TimeSpan.Zero);
        a.Clock.SetUtcNow(due);
        b.Clock.SetUtcNow(due);

        var results = await Task.WhenAll(a.Scheduler().RunOccurrenceAsync(due), b.Scheduler().RunOccurrenceAsync(due));
        // The later one, once the lock is free, finds the occurrence done.
        var late = await b.Scheduler().RunOccurrenceAsync(due);

        Assert.Single(results, r => r.Outcome == RefreshOutcome.Ran);
        Assert.Single(results, r => r.Outcome is RefreshOutcome.Busy or RefreshOutcome.AlreadyDone);
        Assert.Equal(RefreshOutcome.AlreadyDone, late.Outcome);
        Assert.Equal(1, a.Upstream.CallsTo("/v8/finance/chart/SPY"));
        Assert.Single(await a.RunsAsync(), r => r.Format == "run" && r.File == "sync:yahoo");
        foreach (var instance in new[] { a, b })
        {
            var spy = await instance.Get<BarReader>().ReadAsync("SPY");
            Assert.Equal(new DateOnly(2026, 1, 7), spy!.LastDate);
            Assert.Equal(await a.Get<DataVersion>().ReadAsync(), await instance.Get<DataVersion>().CurrentAsync());
        }
    }

    private async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
