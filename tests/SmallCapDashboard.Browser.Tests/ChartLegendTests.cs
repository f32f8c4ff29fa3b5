using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// A chart's legend is HTML under its plot (plotly's own is off): a click hides or shows a trace, a double-click shows
/// one trace alone and then all again, a range change keeps what is hidden, the keyboard reaches every entry, and the
/// live legend sits where the server-drawn picture's did.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChartLegendTests(BrowserServer server)
{
    private const string Plot = "[data-chart-host='indicators'] > .js-plotly-plot";
    private const string Legend = "[data-chart-host='indicators'] > .chart-legend";

    // Each legend entry's name and what plotly has for its trace: "true" or "legendonly".
    private const string States = """
        () => {
            const gd = document.querySelector("[data-chart-host='indicators'] > .js-plotly-plot");
            return Array.from(document.querySelectorAll("[data-chart-host='indicators'] > .chart-legend > button")).map(b => {
                const t = gd.data[Number(b.dataset.trace)];
                return t.name + "=" + String(t.visible === undefined ? true : t.visible) + "/" + b.getAttribute("aria-pressed");
            });
        }
        """;

    [Fact]
    public async Task Indicators_ClickDoubleClickAndRangeChange_HideShowAndIsolateTraces()
    {
        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);
        await page.GotoAsync(server.BaseUrl + "/indicators?symbol=IWM&range=1y");
        await BrowserServer.WaitForChartAsync(page);
        Assert.Equal(0, await page.Locator(Plot + " .legend").CountAsync());
        var all = await page.EvaluateAsync<string[]>(States);
        Assert.Contains("IWM close=true/true", all);
        Assert.Contains("SMA 50=true/true", all);

        await page.Locator(Legend + " > button", new PageLocatorOptions { HasText = "SMA 50" }).ClickAsync();
        Assert.Contains("SMA 50=legendonly/false", await page.EvaluateAsync<string[]>(States));

        var drawn = await page.EvaluateAsync<string>($"() => document.querySelector(\"{Plot}\").dataset.drawn");
        await page.ClickAsync("[data-testid=control-bar] button[data-range='3m']");
        await page.WaitForFunctionAsync($"d => document.querySelector(\"{Plot}\").dataset.drawn !== d", drawn);
        var afterRange = await page.EvaluateAsync<string[]>(States);
        Assert.Contains("SMA 50=legendonly/false", afterRange);
        Assert.Contains("IWM close=true/true", afterRange);

        await page.Locator(Legend + " > button", new PageLocatorOptions { HasText = "IWM close" }).DblClickAsync();
        var alone = await page.EvaluateAsync<string[]>(States);
        Assert.Equal(["IWM close=true/true"], alone.Where(s => s.EndsWith("/true", StringComparison.Ordinal)));
        Assert.Equal(all.Length - 1, alone.Count(s => s.EndsWith("=legendonly/false", StringComparison.Ordinal)));

        await page.Locator(Legend + " > button", new PageLocatorOptions { HasText = "IWM close" }).DblClickAsync();
        Assert.All(await page.EvaluateAsync<string[]>(States), s => Assert.EndsWith("=true/true", s, StringComparison.Ordinal));

        // The keyboard: an entry takes focus and Enter toggles it.
        await page.Locator(Legend + " > button", new PageLocatorOptions { HasText = "RSI 14" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Contains("RSI 14=legendonly/false", await page.EvaluateAsync<string[]>(States));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Spread_LiveLegend_UnderThePlotInsideTheHost_WhereThePicturesWas()
    {
        const string host = "[data-chart-host='spread-returns']";
        await using var blocked = await server.NewContextAsync();
        await blocked.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await blocked.RouteAsync("**/plotly-*.js", route => route.AbortAsync());
        var still = await blocked.NewPageAsync();
        await still.GotoAsync(server.BaseUrl + "/spread?range=max");
        await still.Locator(host + " > .chart-static .cs-legend").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var pictureLegend = await Offset(still, host + " > .chart-static .cs-legend", host);

        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/spread?range=max");
        await BrowserServer.WaitForChartAsync(page);
        var liveLegend = await Offset(page, host + " > .chart-legend", host);
        var plot = await Offset(page, host + " > .js-plotly-plot .main-svg", host);

        // The same rows at the same place (within a pixel), so nothing moves when plotly takes over.
        Assert.Equal(pictureLegend.Top, liveLegend.Top, 1.5);
        Assert.Equal(pictureLegend.Height, liveLegend.Height, 1.5);
        // The plot ends where the legend begins, and the legend ends at the host's bottom.
        Assert.Equal(liveLegend.Top, plot.Top + plot.Height, 1.5);
        var hostBox = await page.Locator(host).BoundingBoxAsync();
        Assert.Equal(hostBox!.Height, liveLegend.Top + liveLegend.Height, 1.5);
    }

    /// <summary>The element's top and height relative to the top of <paramref name="host"/>.</summary>
    private static async Task<(double Top, double Height)> Offset(IPage page, string selector, string host)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync();
        var h = await page.Locator(host).BoundingBoxAsync();
        return (box!.Y - h!.Y, box.Height);
    }
}
