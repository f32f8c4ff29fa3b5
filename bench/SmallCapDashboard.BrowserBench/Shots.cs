using System.Globalization;
using Microsoft.Playwright;

namespace SmallCapDashboard.BrowserBench;

internal static class Shots
{
    public static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("SMALLCAP_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"],
    };

    public static readonly BrowserNewContextOptions Wide = new() { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } };

    /// <summary>
    /// Screenshots of each URL into /tmp/shots; console errors printed. SHOT_WIDTH (1400), SHOT_DARK=1, SHOT_FULL=1 (full
    /// page), SHOT_EVAL (a script whose result is printed), SHOT_NOJS=1 (JavaScript off: the server-drawn first paint alone).
    /// </summary>
    public static async Task RunAsync(List<string> urls)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        Directory.CreateDirectory("/tmp/shots");
        var width = Environment.GetEnvironmentVariable("SHOT_WIDTH") is { Length: > 0 } w ? int.Parse(w, CultureInfo.InvariantCulture) : 1400;
        var dark = Environment.GetEnvironmentVariable("SHOT_DARK") == "1";
        var i = 0;
        foreach (var url in urls)
        {
            var noScript = Environment.GetEnvironmentVariable("SHOT_NOJS") == "1";
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 }, JavaScriptEnabled = !noScript });
            if (dark)
            {
                await context.AddCookiesAsync([new Cookie { Name = "theme", Value = "dark", Url = url }]);
            }

            var page = await context.NewPageAsync();
            page.Console += (_, m) => { if (m.Type == "error") { Console.WriteLine("console: " + m.Text); } };
            page.PageError += (_, e) => Console.WriteLine("pageerror: " + e);
            await page.GotoAsync(url);
            try
            {
                await page.WaitForSelectorAsync(noScript ? ".chart-static" : ".js-plotly-plot .main-svg", new PageWaitForSelectorOptions { Timeout = 20_000 });
            }
            catch (TimeoutException)
            {
                Console.WriteLine("no chart on " + url);
            }

            await page.WaitForTimeoutAsync(1500);
            if (Environment.GetEnvironmentVariable("SHOT_EVAL") is { Length: > 0 } js)
            {
                Console.WriteLine(await page.EvaluateAsync<string>(js));
            }

            var file = $"/tmp/shots/{i++}.png";
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = Environment.GetEnvironmentVariable("SHOT_FULL") == "1" });
            Console.WriteLine(file + " " + url);
        }
    }
}
