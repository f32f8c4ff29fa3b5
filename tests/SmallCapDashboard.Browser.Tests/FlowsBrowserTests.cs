using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>The flows, leveraged and overview pages in a real browser over the bundled dataset.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FlowsBrowserTests(BrowserServer server)
{
    public static TheoryData<string, string, bool> Pages => new()
    {
        { "flows", "/flows?funds=IWM,IJR,TNA,TZA&range=3y", true },
        { "flows-real-2026", "/flows?funds=IWM,SPY,DIA,QQQ&from=2026-01-02&to=2026-04-03&real=1", true },
        { "leveraged", "/leveraged?range=1y", true },
        { "overview", "/", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Loads_WithContentAndNoConsoleErrors(string name, string url, bool hasCharts)
    {
        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);

        await page.GotoAsync(server.BaseUrl + url);
        if (hasCharts)
        {
            await BrowserServer.WaitForAllChartsAsync(page);
            var charts = await page.EvaluateAsync<int>("() => document.querySelectorAll('.js-plotly-plot').length");
            Assert.True(charts >= 3, $"{url}: {charts} charts drawn");
            var maxPoints = await page.EvaluateAsync<int>(
                "() => Math.max(...Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => (t.x || []).length)))");
            Assert.InRange(maxPoints, 1, 2000);
        }
        else
        {
            await page.WaitForSelectorAsync("[data-testid=overview-ytd]");
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        }

        Assert.Equal(0, await page.Locator("[data-testid=panel-error]").CountAsync());
        Assert.False(await page.IsVisibleAsync("#blazor-error-ui"));
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserServer.OutputFolder("screenshots"), name + ".png"),
            FullPage = true,
        });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Flows_DefaultFundsOnLongRange_LabelModelledInWordsAndLegend()
    {
        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);

        await page.GotoAsync(server.BaseUrl + "/flows?funds=IWM,IJR&range=1y");
        await BrowserServer.WaitForChartAsync(page);

        Assert.True(await page.Locator("[data-testid=modelled-note]").CountAsync() > 0);
        var names = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => t.name))");
        Assert.Contains(names, n => n.EndsWith("(modelled)", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ImportThenView_ProSharesFileForRwm_ShowsRealDays()
    {
        // TEST DATA made up by this test in the ProShares historical NAV format (newest first, shares in thousands),
        // over three days where the bundle holds modelled RWM flows.
        const string file =
            "Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management\n" +
            "12/24/2025,ProShares Short Russell2000 (TEST DATA),RWM,16.05,16.10,-0.31,-0.05,21300,\"$341,865,000.00\"\n" +
            "12/23/2025,ProShares Short Russell2000 (TEST DATA),RWM,16.10,16.00,0.63,0.10,21200,341320000\n" +
            "12/22/2025,ProShares Short Russell2000 (TEST DATA),RWM,16.00,16.20,-1.23,-0.20,21000,336000000\n";
        var path = Path.Combine(Path.GetTempPath(), $"RWM-historical_nav-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, file);
        try
        {
            var contexts = server.Services.GetRequiredService<IDbContextFactory<MarketDbContext>>();
            var result = await new ImportService(contexts).ImportFlowsAsync(path, new FlowImportOptions { Symbol = "RWM" });
            Assert.True(result.Succeeded, result.Error);
        }
        finally
        {
            File.Delete(path);
        }

        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);
        await page.GotoAsync(server.BaseUrl + "/flows?funds=RWM&from=2025-12-22&to=2025-12-24");
        await BrowserServer.WaitForChartAsync(page);

        var row = page.Locator("[data-testid=flow-summary] tr[data-fund=RWM]");
        Assert.Equal("false", await row.GetAttributeAsync("data-modelled"));
        Assert.Contains("3 / 0", await row.InnerTextAsync(), StringComparison.Ordinal);
        var barNames = await page.EvaluateAsync<string[]>(
            "() => document.querySelector('[data-chart=flows-net] .js-plotly-plot').data.map(t => t.name)");
        Assert.Equal(["RWM"], barNames);
        // Only the trailing 30-day average still looks back over modelled days before 2025-12-22, and says so.
        Assert.Equal(1, await page.Locator("[data-testid=modelled-note]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserServer.OutputFolder("screenshots"), "flows-import-rwm.png"),
            FullPage = true,
        });
        Assert.Empty(errors);
    }
}
