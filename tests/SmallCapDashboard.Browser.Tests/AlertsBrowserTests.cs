using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Alerts;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>/alerts in Chromium: recent events render, and an event's frozen link opens /indicators with its window pinned.</summary>
[Collection(BrowserCollection.Name)]
public class AlertsBrowserTests(BrowserServer server)
{
    [Fact]
    public async Task Open_Alerts_EventLinkOpensTheFrozenIndicatorsView()
    {
        // An IWM 10/50 cross rule that has seen the bundle only up to 2025-01-01: the check records the 2025 crosses.
        var store = server.Services.GetRequiredService<AlertRuleStore>();
        var rule = await store.AddAsync(new AlertRuleDraft("IWM", "cross:10/50") { Name = "browser test" });
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync())
        {
            await db.AlertRules.Where(r => r.Id == rule.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSeenDate, new DateOnly(2025, 1, 1)));
        }

        var check = await server.Services.GetRequiredService<AlertChecker>().CheckAsync();
        var newest = check.NewEvents.Where(e => e.RuleId == rule.Id).MaxBy(e => e.Date);
        Assert.NotNull(newest);

        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/alerts");
        await probe.Page.WaitForSelectorAsync("[data-testid=events-table]");
        await probe.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserServer.OutputFolder("screenshots"), "alerts.png"), FullPage = true });
        Assert.True(await probe.Page.IsVisibleAsync("[data-testid=read-only]"));

        var link = probe.Page.Locator($"[data-testid=event-link][href='{newest.Link}']");
        Assert.Equal(1, await link.CountAsync());
        await link.ClickAsync();
        await probe.Page.WaitForURLAsync(u => u.Contains("/indicators?", StringComparison.Ordinal));
        await probe.WaitForChartAsync();

        var date = newest.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"asof={date}", probe.Page.Url, StringComparison.Ordinal);
        Assert.Contains($"to={date}", probe.Page.Url, StringComparison.Ordinal);
        Assert.False(await probe.Page.IsVisibleAsync("#blazor-error-ui"));
        Assert.Empty(probe.Errors);
    }
}
