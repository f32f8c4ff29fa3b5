using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Sync.Schedule;
using SmallCapDashboard.Testing;
using SmallCapDashboard.Web.Components.Sync;
using SmallCapDashboard.Web.Sync;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Sync;

/// <summary>
/// "Sync now" in the /data sync panel over an empty store, against a stand-in upstream on loopback: only admins see the
/// button, a click runs the scheduler's refresh (every catalogue symbol; the stand-in knows IWM only, everything else
/// answers 404) and the panel shows that run's result and the new last run per source.
/// </summary>
public sealed class SyncStatusPanelTests : EmptyStorePageContext
{
    // 09:30 New York (UTC−5) of Fri 2025-12-26, Mon 2025-12-29, Tue 2025-12-30: 1766759400 = 2025-12-26T14:30Z, +3 days
    // (259,200 s) = 1767018600, +1 day = 1767105000.
    private const string IwmChart = """
        {"chart":{"result":[{"meta":{"currency":"USD","symbol":"IWM","exchangeTimezoneName":"America/New_York"},"timestamp":[1766759400,1767018600,1767105000],
        "indicators":{"quote":[{"open":[250,251,252],"high":[250.5,251.5,252.5],"low":[249.5,250.5,251.5],"close":[250.25,251.25,252.25],"volume":[100,200,300]}],"adjclose":[{"adjclose":[250.25,251.25,252.25]}]}}],"error":null}}
        """;

    private string _baseUrl = "http://127.0.0.1:9"; // replaced by the stand-in's address before any request

    public SyncStatusPanelTests()
    {
        foreach (var provider in Enum.GetNames<SyncProvider>())
        {
            Services.PostConfigure<SyncProviderOptions>(provider, o =>
            {
                o.BaseUrl = _baseUrl;
                o.RequestsPerSecond = 1000;
                o.MaxRetries = 0;
            });
        }

        Services.PostConfigure<SyncOptions>(o => o.ArchiveFolder = "");
    }

    [Fact]
    public void Render_SignedOut_NoSyncNowButton()
    {
        var cut = Render<SyncStatusPanel>();

        cut.WaitForElement("[data-testid=sync-status-table]", Wait);
        Assert.Empty(cut.FindAll("[data-testid=sync-now-button]"));
    }

    [Fact]
    public void Render_SignedInWithoutAdminRole_NoSyncNowButton()
    {
        Authorization.SetAuthorized("uma@example.com");
        Authorization.SetRoles("user");

        var cut = Render<SyncStatusPanel>();

        cut.WaitForElement("[data-testid=sync-status-table]", Wait);
        Assert.Empty(cut.FindAll("[data-testid=sync-now-button]"));
    }

    [Fact]
    public async Task Click_Admin_RunsTheSyncAgainstTheStandInAndShowsTheNewRun()
    {
        await using var upstream = await UpstreamStandIn.StartAsync();
        _baseUrl = upstream.BaseUrl;
        // IWM answers after a second, so the run is still going when the test looks for its progress.
        upstream.On("/v8/finance/chart/IWM", UpstreamStandIn.Slow(TimeSpan.FromSeconds(1), UpstreamStandIn.Text(200, IwmChart)));
        Authorization.SetAuthorized("ana@example.com");
        Authorization.SetRoles("admin");
        var cut = Render<SyncStatusPanel>();
        cut.WaitForElement("[data-testid=sync-status-table]", Wait);
        Assert.Contains("never", Text(YahooRow(cut)), StringComparison.Ordinal);

        var click = cut.Find("[data-testid=sync-now-button]").ClickAsync(new());
        cut.WaitForElement("[data-testid=sync-now-progress]", Wait);
        Assert.True(cut.Find("[data-testid=sync-now-button]").HasAttribute("disabled")); // one run at a time from this panel
        Assert.StartsWith("Syncing…", Text(cut.Find("[data-testid=sync-now-progress-text]")), StringComparison.Ordinal);
        await click;

        cut.WaitForElement("[data-testid=sync-now-summary]", Wait);
        Assert.Empty(cut.FindAll("[data-testid=sync-now-progress]"));
        var rows = cut.FindAll("[data-testid=sync-now-result] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var iwm = Assert.Single(rows, r => r[0] == "IWM" && r[1] == "yahoo");
        Assert.Equal("3", iwm[2]);
        Assert.Equal("updated", iwm[3]);
        // The stand-in answers 404 for every other catalogue symbol and issuer file: each is one failed line, the run goes on.
        Assert.Contains(rows, r => r[0] == "SPY" && r[3] == "failed");
        Assert.Contains(rows, r => r[0] == "RWM" && r[1] == "proshares" && r[3] == "failed");

        // The status table is read again: Yahoo's last run is this manual one, one symbol updated with 3 rows.
        var yahoo = YahooRow(cut).QuerySelectorAll("td").Select(c => Text(c)).ToArray();
        Assert.NotEqual("never", yahoo[1]);
        Assert.StartsWith("failed manual:", yahoo[2], StringComparison.Ordinal);
        Assert.Contains("1 updated", yahoo[2], StringComparison.Ordinal);
        Assert.Equal("3", yahoo[3]);

        var bars = await Services.GetRequiredService<BarReader>().ReadAsync("IWM", PriceBasis.Price);
        Assert.Equal([new DateOnly(2025, 12, 26), new DateOnly(2025, 12, 29), new DateOnly(2025, 12, 30)], bars!.Dates);
        Assert.Equal([250.25, 251.25, 252.25], bars.Close);
        Assert.Equal(1, upstream.CallsTo("/v8/finance/chart/IWM"));
    }

    [Fact]
    public async Task Click_Admin_WhileAnotherRefreshHoldsTheLock_SaysBusyAndRunsNothing()
    {
        await using var upstream = await UpstreamStandIn.StartAsync();
        _baseUrl = upstream.BaseUrl;
        Authorization.SetAuthorized("ana@example.com");
        Authorization.SetRoles("admin");
        var cut = Render<SyncStatusPanel>();
        cut.WaitForElement("[data-testid=sync-now-button]", Wait);
        await using var held = await Services.GetRequiredService<SyncLock>().TryAcquireAsync();
        Assert.NotNull(held);

        await cut.Find("[data-testid=sync-now-button]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(SyncNow.Busy, cut.Find("[data-testid=sync-now-error]").TextContent.Trim()), Wait);
        Assert.Empty(upstream.Requests);
    }

    [Fact]
    public async Task RunAsync_NotAnAdmin_RefusedBeforeAnythingRuns()
    {
        await using var upstream = await UpstreamStandIn.StartAsync();
        _baseUrl = upstream.BaseUrl;
        var syncNow = Services.GetRequiredService<SyncNow>();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "uma@example.com"), new Claim(ClaimTypes.Role, "user")], "test"));
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        var asUser = await syncNow.RunAsync(user, null, CancellationToken.None);
        var asAnonymous = await syncNow.RunAsync(anonymous, null, CancellationToken.None);

        Assert.Equal(SyncNow.NotAdmin, asUser.Error);
        Assert.Null(asUser.Report);
        Assert.Equal(SyncNow.NotAdmin, asAnonymous.Error);
        Assert.Empty(upstream.Requests);
        await using var db = await Services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.ImportRuns.CountAsync());
    }

    private static AngleSharp.Dom.IElement YahooRow(IRenderedComponent<SyncStatusPanel> cut) =>
        cut.FindAll("[data-testid=sync-status-table] tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == "yahoo");
}
