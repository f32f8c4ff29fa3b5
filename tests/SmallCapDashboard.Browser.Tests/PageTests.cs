using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class PageTests(BrowserServer server)
{
    public static TheoryData<string, string, bool> Pages => new()
    {
        { "/spread?range=5y", "spread", true },
        { "/indicators?range=3y&symbol=IWM", "indicators", true },
        { "/indicators?range=max&symbol=IWM:SPY", "indicators-ratio", true },
        { "/indicators?range=1y&symbol=IWM&style=candles", "indicators-candles", true },
        { "/data", "data", false },
        { "/", "overview", false },
        { "/flows", "flows", false },
        { "/leveraged", "leveraged", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Open_Page_LoadsWithoutConsoleErrorsAndSavesScreenshot(string url, string name, bool hasChart)
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + url);
        if (hasChart)
        {
            await probe.WaitForChartAsync();
            Assert.True((await probe.TraceLengthsAsync()).Sum() > 0);
        }
        else
        {
            await probe.Page.WaitForSelectorAsync("h1, [data-testid=coming-later]");
            await probe.Page.WaitForTimeoutAsync(500);
        }

        Assert.False(await probe.Page.IsVisibleAsync("#blazor-error-ui"));
        Assert.Equal(0, await probe.Page.Locator("[data-testid=panel-error]").CountAsync());
        var file = Path.Combine(BrowserServer.OutputFolder("screenshots"), name + ".png");
        await probe.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.Empty(probe.Errors);
    }

    [Theory]
    [InlineData("/spread?range=forever&small=%3Cscript%3Ealert(1)%3C%2Fscript%3E&zz=1")]
    [InlineData("/indicators?symbol=IWM:SPY:QQQ&ma=0,-1&rsi=NaN")]
    public async Task Open_HostileUrl_ShowsNoticeAndNoErrorUi(string url)
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        var dialogs = 0;
        probe.Page.Dialog += (_, d) => dialogs++;
        await probe.Page.GotoAsync(server.BaseUrl + url);
        await probe.WaitForChartAsync();
        Assert.True(await probe.Page.IsVisibleAsync("[data-testid=query-notices]"));
        Assert.False(await probe.Page.IsVisibleAsync("#blazor-error-ui"));
        Assert.Equal(0, dialogs);
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task ClickRange_RedrawsChartAndWritesUrl()
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/spread?range=1y");
        await probe.WaitForChartAsync();
        var before = await probe.FirstTraceRangeAsync();
        await probe.Page.ClickAsync("[data-testid=control-bar] button[data-range='3m']");
        await probe.Page.WaitForFunctionAsync("() => location.search.includes('range=3m')");
        await probe.Page.WaitForFunctionAsync(
            "first => " + PageProbe.FirstDay + " !== first", before[0]);
        var after = await probe.FirstTraceRangeAsync();
        Assert.True(string.CompareOrdinal(after[0], before[0]) > 0, $"3M starts {after[0]}, 1Y started {before[0]}");
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task ClickThreePresetsFast_ChartEndsOnTheLastRangesPoints()
    {
        // Draws are sent ahead of their render batches: after three quick range changes the chart must show the last
        // one's points, and no older draw may land after it.
        await using var expected = await server.NewContextAsync();
        var reference = await PageProbe.OpenAsync(expected);
        await reference.Page.GotoAsync(server.BaseUrl + "/spread?range=1m");
        await reference.WaitForAllChartsAsync();
        var oneMonth = await reference.FirstTraceRangeAsync();
        var oneMonthLengths = await reference.TraceLengthsAsync();

        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/spread?range=1y");
        await probe.WaitForChartAsync();
        await probe.Page.EvaluateAsync("""
            () => { for (const r of ["5y", "max", "1m"]) document.querySelector("[data-testid=control-bar] button[data-range='" + r + "']").click(); }
            """);
        await probe.Page.WaitForFunctionAsync("() => location.search.includes('range=1m')");
        await probe.Page.WaitForFunctionAsync("first => " + PageProbe.FirstDay + " === first", oneMonth[0]);
        // Time for any late draw of 5Y or MAX to arrive and (wrongly) replace it.
        await probe.Page.WaitForTimeoutAsync(1500);
        await probe.WaitForAllChartsAsync();

        Assert.Equal(oneMonth, await probe.FirstTraceRangeAsync());
        Assert.Equal(oneMonthLengths, await probe.TraceLengthsAsync());
        Assert.Equal("true", await probe.Page.GetAttributeAsync("[data-testid=control-bar] button[data-range='1m']", "aria-pressed"));
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task CopiedLink_NewContext_PlotsSameData()
    {
        const string url = "/spread?range=3y&small=IWM&large=SPY";
        await using var first = await server.NewContextAsync();
        var a = await PageProbe.OpenAsync(first);
        await a.Page.GotoAsync(server.BaseUrl + url);
        await a.WaitForChartAsync();
        var link = a.Page.Url;
        var valueA = await a.LastValueAsync();
        var rangeA = await a.FirstTraceRangeAsync();

        await using var second = await server.NewContextAsync();
        var b = await PageProbe.OpenAsync(second);
        await b.Page.GotoAsync(link);
        await b.WaitForChartAsync();
        Assert.Equal(valueA, await b.LastValueAsync());
        Assert.Equal(rangeA, await b.FirstTraceRangeAsync());
    }

    [Fact]
    public async Task Back_AfterRangeChange_RestoresPreviousView()
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/spread?range=1y");
        await probe.WaitForChartAsync();
        var oneYear = await probe.FirstTraceRangeAsync();
        await probe.Page.ClickAsync("[data-testid=control-bar] button[data-range='5y']");
        await probe.Page.WaitForFunctionAsync("() => location.search.includes('range=5y')");
        await probe.Page.WaitForFunctionAsync("first => " + PageProbe.FirstDay + " !== first", oneYear[0]);
        await probe.Page.EvaluateAsync("() => history.back()");
        await probe.Page.WaitForFunctionAsync("() => location.search.includes('range=1y')");
        await probe.Page.WaitForFunctionAsync("first => " + PageProbe.FirstDay + " === first", oneYear[0]);
        Assert.Equal(oneYear, await probe.FirstTraceRangeAsync());
        Assert.Equal("true", await probe.Page.GetAttributeAsync("[data-testid=control-bar] button[data-range='1y']", "aria-pressed"));
    }

    [Fact]
    public async Task CsvLink_Click_DownloadsDesignColumns()
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/spread?range=ytd&small=IWM&large=SPY");
        await probe.WaitForChartAsync();
        var download = await probe.Page.RunAndWaitForDownloadAsync(() =>
            probe.Page.Locator("[data-chart=spread] a:has-text('CSV')").ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal("Date,SmallReturn,LargeReturn,Spread,Ratio", lines[0]);
        Assert.True(lines.Length > 2);
        Assert.EndsWith(",0,0,0,1", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeToggle_ClickThenReload_DarkThemeShownAtOnceAndRemembered()
    {
        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/data");
        await probe.Page.WaitForSelectorAsync("[data-testid=coverage-table]");
        const string background = "() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background').trim()";
        var light = await probe.Page.EvaluateAsync<string>(background);
        // /data has no chart that would tell the circuit is live: click until the handler answers.
        for (var i = 0; i < 20 && !await probe.Page.EvaluateAsync<bool>("() => document.cookie.includes('theme=dark')"); i++)
        {
            await probe.Page.ClickAsync("[data-testid=theme-toggle]");
            await probe.Page.WaitForTimeoutAsync(500);
        }

        Assert.True(await probe.Page.EvaluateAsync<bool>("() => document.cookie.includes('theme=dark')"));
        // The switch shows at once, without a reload: the page swaps in the dark theme's CSS.
        var switched = await probe.Page.EvaluateAsync<string>(background);
        Assert.NotEqual(light, switched);
        await probe.Page.ReloadAsync();
        await probe.Page.WaitForSelectorAsync("[data-testid=coverage-table]");
        var dark = await probe.Page.EvaluateAsync<string>(background);
        Assert.NotEqual(light, dark);
        Assert.Equal(switched, dark);
        Assert.Empty(probe.Errors);
    }
}
