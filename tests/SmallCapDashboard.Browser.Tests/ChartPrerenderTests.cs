using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// The first chart of a page draws from the prerendered page, before (and without) the circuit; the live page then
/// takes over that same plot instead of drawing it again.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChartPrerenderTests(BrowserServer server)
{
    [Theory]
    [InlineData("/spread?range=max", "spread-returns")]
    [InlineData("/indicators?symbol=IWM&range=max", "indicators")]
    [InlineData("/flows?range=max&funds=IWM,IJR,TNA,TZA", "flows-net")]
    public async Task Open_CircuitBlocked_FirstChartStillDrawsFromThePrerenderedPage(string url, string chart)
    {
        await using var context = await server.NewContextAsync();
        // No circuit: Blazor's negotiation is refused, so only the prerendered page and its scripts run.
        await context.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + url);
        await page.WaitForSelectorAsync($"[data-chart-host='{chart}'] > .js-plotly-plot[data-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Equal(0, await page.Locator("[data-live]").CountAsync());
        var lengths = await page.EvaluateAsync<int[]>($"() => document.querySelector(\"[data-chart-host='{chart}'] > .js-plotly-plot\").data.map(t => (t.x || []).length)");
        Assert.Contains(lengths, n => n > 100);
        // The other charts wait for the circuit.
        Assert.Equal(1, await page.Locator(".js-plotly-plot[data-drawn]").CountAsync());
    }

    [Fact]
    public async Task Open_Spread_LivePageAdoptsThePrerenderedPlotWithoutRedrawing()
    {
        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);
        // Tag the plot drawn from the prerendered page before the circuit can replace the page's markup.
        await page.AddInitScriptAsync("""
            new MutationObserver(() => {
                const gd = document.querySelector("[data-chart-host='spread-returns'] > .js-plotly-plot");
                if (gd && !gd.dataset.tag && !document.querySelector("[data-live]")) { gd.dataset.tag = "prerendered"; }
            }).observe(document, { subtree: true, childList: true, attributes: true });
            """);

        await page.GotoAsync(server.BaseUrl + "/spread?range=max");
        await BrowserServer.WaitForChartAsync(page);
        await page.WaitForTimeoutAsync(300);

        var state = await page.EvaluateAsync<string>("""
            () => {
                const gd = document.querySelector("[data-chart-host='spread-returns'] > .js-plotly-plot");
                return [gd.dataset.tag || "untagged", gd.dataset.drawn, gd.isConnected && gd.parentElement.dataset.live === "true"].join(" ");
            }
            """);
        var (tag, drawn, inLiveHost) = (state.Split(' ')[0], state.Split(' ')[1], state.Split(' ')[2] == "true");
        Assert.Equal("prerendered", tag);
        Assert.Equal("1", drawn);
        Assert.True(inLiveHost);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/spread?range=max", "spread-returns", "IWM")]
    [InlineData("/flows?range=max&funds=IWM,IJR,TNA,TZA", "flows-net", "IWM (modelled)")]
    [InlineData("/indicators?symbol=IWM&range=max", "indicators", "SMA 200")]
    public async Task Open_PlotlyAndCircuitBlocked_TheServerDrawnFirstChartIsOnScreen(string url, string chart, string legendEntry)
    {
        await using var context = await server.NewContextAsync();
        // Neither a circuit nor plotly.js: all the page shows of its first chart comes from the server's HTML.
        await context.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await context.RouteAsync("**/plotly-*.js", route => route.AbortAsync());
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + url);
        var picture = page.Locator($"[data-chart-host='{chart}'] > .chart-static");
        await picture.Locator(".cs-pane > svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        var box = await picture.BoundingBoxAsync();
        Assert.NotNull(box);
        // As tall as the plot it stands for, and as wide as its panel.
        var host = await page.Locator($"[data-chart-host='{chart}']").BoundingBoxAsync();
        Assert.InRange(box.Height, 240, 2000);
        Assert.Equal(host!.Width, box.Width, 1);
        Assert.Contains(legendEntry, await picture.Locator(".cs-legend").InnerTextAsync());
        Assert.NotEmpty(await picture.Locator(".cs-x span").AllInnerTextsAsync());
        // Something drawn from the data: a line, bars or a filled step.
        Assert.True(await picture.Locator(".cs-pane svg path[d^='M'], .cs-pane > svg > rect").CountAsync() > 0);
        Assert.Equal(1, await page.Locator(".chart-static").CountAsync());
    }

    [Fact]
    public async Task Open_Indicators_ServerDrawnPaneTitlesSitWherePlotlyDrawsThem()
    {
        const string Url = "/indicators?symbol=IWM&range=1y";
        const string Titles = "sel => Array.from(document.querySelectorAll(sel)).map(e => { const r = e.getBoundingClientRect(); "
            + "return e.textContent.trim() + '@' + Math.round(r.left + r.width / 2) + ',' + Math.round(r.top + r.height / 2); })";

        // The server-drawn picture alone (neither a circuit nor plotly.js), then the page as plotly draws it.
        await using var still = await server.NewContextAsync();
        await still.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await still.RouteAsync("**/plotly-*.js", route => route.AbortAsync());
        var stillPage = await still.NewPageAsync();
        await stillPage.GotoAsync(server.BaseUrl + Url);
        await stillPage.Locator(".chart-static .cs-title").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var drawn = await stillPage.EvaluateAsync<string[]>(Titles, ".chart-static .cs-title");

        await using var live = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(live, errors);
        await page.GotoAsync(server.BaseUrl + Url);
        await BrowserServer.WaitForChartAsync(page);
        var plotted = await page.EvaluateAsync<string[]>(Titles, ".js-plotly-plot .annotation-text");

        // Each pane's title, at the same place within 2 px: the first paint does not move when plotly takes over.
        Assert.Equal(["IWM", "Volume", "RSI 14", "MACD 12,26,9"], drawn.Select(t => t.Split('@')[0]));
        foreach (var title in drawn)
        {
            var (name, at) = (title.Split('@')[0], title.Split('@')[1].Split(',').Select(double.Parse).ToArray());
            var match = plotted.Single(p => p.Split('@')[0] == name).Split('@')[1].Split(',').Select(double.Parse).ToArray();
            Assert.InRange(match[0] - at[0], -2, 2);
            Assert.InRange(match[1] - at[1], -2, 2);
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Open_Spread_TheServerDrawnPictureGoesOncePlotlyHasDrawn()
    {
        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);

        await page.GotoAsync(server.BaseUrl + "/spread?range=max");
        await BrowserServer.WaitForChartAsync(page);
        // Removed right after plotly's draw resolves (a wait that times out fails the test).
        await page.Locator(".chart-static").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        Assert.Equal(1, await page.Locator("[data-chart-host='spread-returns'] > .js-plotly-plot[data-drawn]").CountAsync());
        Assert.Empty(errors);
    }
}
