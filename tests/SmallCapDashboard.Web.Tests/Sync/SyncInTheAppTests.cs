using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Sync.Schedule;
using SmallCapDashboard.Testing;
using SmallCapDashboard.Web.Components.Sync;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Sync;

/// <summary>The app's sync wiring (AddSyncSchedule in the dashboard's registration) against a stand-in upstream on loopback.</summary>
public sealed class SyncInTheAppTests : IAsyncLifetime
{
    // 09:30 New York (UTC−5) of Fri 2025-12-26, Mon 2025-12-29, Tue 2025-12-30.
    private const string ZzzChart = """
        {"chart":{"result":[{"meta":{"currency":"USD","symbol":"ZZZ","exchangeTimezoneName":"America/New_York"},"timestamp":[1766759400,1767018600,1767105000],
        "indicators":{"quote":[{"open":[10,11,12],"high":[10.5,11.5,12.5],"low":[9.5,10.5,11.5],"close":[10.25,11.25,12.25],"volume":[100,200,300]}],"adjclose":[{"adjclose":[10.25,11.25,12.25]}]}}],"error":null}}
        """;

    private UpstreamStandIn _upstream = null!;
    private DashboardFactory _app = null!;

    public async Task InitializeAsync()
    {
        _upstream = await UpstreamStandIn.StartAsync();
        _app = new DashboardFactory();
        foreach (var provider in Enum.GetNames<SyncProvider>())
        {
            _app.Settings[$"Sync:{provider}:BaseUrl"] = _upstream.BaseUrl;
        }

        _app.Settings["Sync:ArchiveFolder"] = "";
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task Sync_ThroughTheAppsServices_NewBarsAndTheRunShowOnData()
    {
        _upstream.On("/v8/finance/chart/ZZZ", UpstreamStandIn.Text(200, ZzzChart));
        Assert.False(_app.Services.GetRequiredService<SyncScheduler>().Schedule.Enabled); // the factory turns the schedule off

        var report = await _app.Services.GetRequiredService<SyncService>().RunAsync(
            new SyncRequest { Providers = [SyncProvider.Yahoo], Symbols = ["ZZZ"], Trigger = "manual" });
        var html = await _app.CreateClient().GetStringAsync("/data");

        Assert.True(report.Succeeded);
        Assert.Contains("<strong>ZZZ</strong>", html, StringComparison.Ordinal);
        Assert.Contains("2025-12-30", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sync-status-table\"", html, StringComparison.Ordinal);
        Assert.Contains("manual: 1 symbol(s), 1 updated, 0 up to date, 0 failed", html, StringComparison.Ordinal);
        Assert.Contains("no scheduled run", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_SignedInThroughIdentity_SyncNowOnlyForTheAdminRole()
    {
        const string Password = "Sync-n0w!pass";
        var accounts = _app.Services.GetRequiredService<UserAccounts>();
        Assert.True((await accounts.AddAsync("admin@example.com", Password, MarketUsers.AdminRole)).Succeeded);
        Assert.True((await accounts.AddAsync("viewer@example.com", Password, "user")).Succeeded);
        var admin = FormClient.Create(_app);
        var viewer = FormClient.Create(_app);

        var signedOut = await admin.Http.GetStringAsync("/data");
        await admin.SignInAsync("admin@example.com", Password);
        await viewer.SignInAsync("viewer@example.com", Password);
        var asAdmin = await admin.Http.GetStringAsync("/data");
        var asViewer = await viewer.Http.GetStringAsync("/data");

        Assert.DoesNotContain("sync-now-button", signedOut, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sync-now-button\"", asAdmin, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-panel\"", asViewer, StringComparison.Ordinal); // signed in: may import
        Assert.DoesNotContain("sync-now-button", asViewer, StringComparison.Ordinal);      // but not sync
    }
}

/// <summary>The freshness note against the New York calendar, on a fixed clock.</summary>
public sealed class SessionFreshnessNoteTests : BunitContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void Render_BundleEndingOnChristmasEve_CountsTheSessionsBehindTheLastCompletedOne()
    {
        // Wed 2026-01-07 12:00 New York: the last completed session is Tue Jan 6. After Dec 24: Dec 26, 29, 30, 31,
        // Jan 2, 5, 6 = 7 sessions (Dec 25 and Jan 1 are holidays).
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new FixedTime(new DateTimeOffset(2026, 1, 7, 17, 0, 0, TimeSpan.Zero)));

        var cut = Render<SessionFreshnessNote>(p => p.Add(x => x.LastBar, new DateOnly(2025, 12, 24)));

        var text = string.Join(' ', cut.Find("[data-testid=session-freshness]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Last completed New York session: 2026-01-06. Latest bar 2025-12-24:", text, StringComparison.Ordinal);
        Assert.Equal("7 session(s) behind", cut.Find("[data-testid=sessions-behind]").TextContent.Trim());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
