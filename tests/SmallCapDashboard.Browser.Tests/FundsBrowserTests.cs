using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// <c>/funds</c>'s toolbar in a real browser over the bundled dataset: a preset redraws the AUM chart in place over the
/// window ending at the pinned as-of, and the share menu's frozen link opens the same window. Calendar facts used:
/// 3M before Wednesday 2025-12-24 has its base close on Wednesday 2025-09-24 (a session; AUM is a level, so the chart
/// starts there), and the frozen window starts the day after it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FundsBrowserTests(BrowserServer server)
{
    private const string Aum = "[data-chart=funds-aum] .js-plotly-plot";

    [Fact]
    public async Task Funds_PresetThenFrozenLink_ChartFollowsTheWindowAndTheLinkReproducesIt()
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        var page = probe.Page;
        await page.GotoAsync(server.BaseUrl + "/funds?symbols=IWM,IJR&range=1y&asof=2025-12-24");
        await probe.WaitForChartAsync(60_000);
        await page.EvaluateAsync($"() => {{ document.querySelector('{Aum}')._mark = 'same'; }}");
        var before = await page.EvaluateAsync<string>($"() => document.querySelector('{Aum}').dataset.drawn");

        await page.ClickAsync("[data-testid=control-bar] button[data-range='3m']");
        await page.WaitForFunctionAsync($"b => location.search.includes('range=3m') && document.querySelector('{Aum}').dataset.drawn !== b", before);

        Assert.Equal("same", await page.EvaluateAsync<string>($"() => document.querySelector('{Aum}')._mark"));
        Assert.Equal(["2025-09-24", "2025-12-24"], await probe.FirstTraceRangeAsync());

        await page.ClickAsync("[data-testid=share-menu] button");
        await page.ClickAsync("[data-testid=share-frozen]");
        var link = (await page.Locator("[data-testid=share-result]").InnerTextAsync()).Trim();
        Assert.Equal(server.BaseUrl + "/funds?from=2025-09-25&to=2025-12-24&asof=2025-12-24&symbols=IWM,IJR", link);

        await page.GotoAsync(link);
        await probe.WaitForChartAsync(60_000);
        Assert.Equal(0, await page.Locator("[data-testid=query-notices]").CountAsync());
        Assert.Equal(["2025-09-24", "2025-12-24"], await probe.FirstTraceRangeAsync());
        Assert.Contains("As of 2025-12-24 (pinned)", await page.Locator("[data-testid=control-bar] [data-testid=asof]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(probe.Errors);
    }
}
