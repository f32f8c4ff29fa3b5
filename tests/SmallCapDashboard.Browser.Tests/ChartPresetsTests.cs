using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// A page's first chart keeps its range presets' figures in the browser once the page is idle (charts.js, ADR 0018):
/// a click on a preset redraws that chart before the server has answered, and what the server then sends is the
/// figure already drawn.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChartPresetsTests(BrowserServer server)
{
    private const string Plot = "document.querySelector('[data-live] > .js-plotly-plot')";

    /// <summary>Opens <paramref name="path"/> and waits until its first chart keeps a figure for every preset button.</summary>
    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> OpenPrimedAsync(string path)
    {
        var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);
        await page.GotoAsync(server.BaseUrl + path);
        await BrowserServer.WaitForChartAsync(page);
        await page.WaitForFunctionAsync(
            $"() => Number({Plot}.dataset.presets) === document.querySelectorAll('.control-bar button[data-range]').length",
            null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        return (context, page, errors);
    }

    [Fact]
    public async Task Spread_PresetClickWhileTheServerIsUnreachable_RedrawsTheChartForThatWindow()
    {
        var (context, page, errors) = await OpenPrimedAsync("/spread?small=IWM&large=SPY&range=max");
        await using var _ = context;
        var drawn = await page.EvaluateAsync<string>($"() => {Plot}.dataset.drawn");

        // Nothing the page sends reaches the server from here on: only the browser can redraw.
        await page.EvaluateAsync("() => { WebSocket.prototype.send = function () { }; }");
        await page.ClickAsync(".control-bar button[data-range='1y']");
        await page.WaitForFunctionAsync($"d => {Plot}.dataset.drawn !== d", drawn, new PageWaitForFunctionOptions { Timeout = 10_000 });

        // One calendar year of sessions (the base close a year before the last one, up to that last one).
        var days = await page.EvaluateAsync<double>($"() => {{ const x = {Plot}.data[0].x; return (x[x.length - 1] - x[0]) / 86400000; }}");
        Assert.InRange(days, 362, 370);
        Assert.Contains("range=max", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/indicators?symbol=IWM&range=max")]
    [InlineData("/spread?small=IWM&large=SPY&range=3y")]
    public async Task PresetClick_ServerAnswers_ItsDrawIsTheFigureAlreadyDrawn(string path)
    {
        var (context, page, errors) = await OpenPrimedAsync(path);
        await using var _ = context;
        var drawn = await page.EvaluateAsync<int>($"() => Number({Plot}.dataset.drawn)");
        var kept = await page.EvaluateAsync<string>($"() => {Plot}.dataset.presets");

        await page.ClickAsync(".control-bar button[data-range='1y']");
        await page.WaitForURLAsync(u => u.Contains("range=1y", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(1_000);

        // Drawn once, at the click: the server's draw was the same figure (a different one would have drawn again),
        // for the same context (another would have dropped the kept figures).
        Assert.Equal(drawn + 1, await page.EvaluateAsync<int>($"() => Number({Plot}.dataset.drawn)"));
        Assert.Equal(kept, await page.EvaluateAsync<string>($"() => {Plot}.dataset.presets"));
        Assert.Empty(errors);
    }
}
