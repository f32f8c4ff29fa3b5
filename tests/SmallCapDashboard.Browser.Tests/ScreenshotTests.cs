using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// Every page at 1400 px and 390 px, light and dark, saved as test output (test-output/screenshots/, not in the
/// repo); each page must load without console errors or the error bar.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScreenshotTests(BrowserServer server)
{
    private static readonly (string Url, string Name, bool Chart)[] Pages =
    [
        ("/", "overview", false),
        ("/spread?range=5y", "spread", true),
        ("/indicators?symbol=IWM&range=3y&ema=20", "indicators", true),
        ("/flows?range=1y&funds=IWM,IJR,TNA,TZA", "flows", true),
        ("/leveraged?range=1y", "leveraged", true),
        ("/funds?symbols=IWM,IJR,SPY", "funds", true),
        ("/alerts", "alerts", false),
        ("/data", "data", false),
    ];

    public static TheoryData<int, bool> Sizes => new() { { 1400, false }, { 1400, true }, { 390, false }, { 390, true } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task EveryPage_WidthAndTheme_SavedWithoutErrors(int width, bool dark)
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width > 600 ? 1000 : 844 },
        });
        if (dark)
        {
            await context.AddCookiesAsync([new Cookie { Name = "theme", Value = "dark", Url = server.BaseUrl }]);
        }

        var folder = BrowserServer.OutputFolder("screenshots");
        foreach (var (url, name, chart) in Pages)
        {
            var probe = await PageProbe.OpenAsync(context);
            await probe.Page.GotoAsync(server.BaseUrl + url);
            if (chart)
            {
                await probe.WaitForChartAsync(60_000);
            }
            else
            {
                await probe.Page.WaitForSelectorAsync("h1");
            }

            await probe.Page.WaitForTimeoutAsync(1000); // let the other panels draw (not timed)
            Assert.False(await probe.Page.IsVisibleAsync("#blazor-error-ui"), $"{url} shows the error bar");
            if (dark)
            {
                Assert.Equal("dark", await probe.Page.EvaluateAsync<string>("() => document.cookie.includes('theme=dark') ? 'dark' : 'light'"));
            }

            await probe.Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, $"{name}-{width}-{(dark ? "dark" : "light")}.png"),
                FullPage = true,
            });
            Assert.Empty(probe.Errors);
            await probe.Page.CloseAsync();
        }
    }
}
