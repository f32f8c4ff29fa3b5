using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace SmallCapDashboard.BrowserBench;

/// <summary>
/// Range change → redrawn chart, timed inside the page (what the user sees): performance.now(), element.click() on the
/// preset, then the first plot's <c>data-drawn</c> counter moves and the next frame has been produced
/// (requestAnimationFrame → setTimeout 0). The older method timed the same from Playwright (ClickAsync, WaitForFunction,
/// two rAFs), which adds Playwright's own round trips to every figure.
/// </summary>
internal static class Redraw
{
    /// <summary>The presets clicked, in order, each right after the previous redraw of the first chart.</summary>
    public static readonly string[] Ranges = ["1y", "3m", "5y", "ytd", "1m", "3y", "6m", "10y", "1y", "max"];

    private const string InPage = """
        range => new Promise((resolve, reject) => {
            const plot = document.querySelector(".js-plotly-plot");
            const before = plot.dataset.drawn;
            const timeout = setTimeout(() => { observer.disconnect(); reject(new Error("no redraw after 30 s")); }, 30000);
            const observer = new MutationObserver(() => {
                if (plot.dataset.drawn !== before) {
                    observer.disconnect();
                    clearTimeout(timeout);
                    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
                }
            });
            observer.observe(plot, { attributes: true, attributeFilter: ["data-drawn"] });
            const t0 = performance.now();
            document.querySelector("[data-testid=control-bar] button[data-range='" + range + "']").click();
        })
        """;

    // With Probe.Hooks installed: when the WebSocket frames came back and when each Plotly.react started and how long it took.
    private const string Detail = """
        range => new Promise(resolve => {
            const p = window.__probe;
            const plot = document.querySelector(".js-plotly-plot");
            const before = plot.dataset.drawn;
            const t0 = performance.now();
            const frames = p.frames;
            const reacts = p.react.length;
            new MutationObserver((list, obs) => {
                if (plot.dataset.drawn !== before) {
                    obs.disconnect();
                    const drawn = Math.round(performance.now() - t0);
                    setTimeout(() => resolve("first drawn " + drawn + " ms; frames back at " + p.msgs.slice(-(p.frames - frames)).map(t => Math.round(t - t0)).join(" ")
                        + "; react start+duration " + p.react.slice(reacts).map(r => r.split("+").map(Number)).map(([a, d]) => Math.round(a - t0) + "+" + d).join(" ")), 1200);
                }
            }).observe(plot, { attributes: true });
            document.querySelector("[data-testid=control-bar] button[data-range='" + range + "']").click();
        })
        """;

    /// <summary>One in-page range change; returns the elapsed ms.</summary>
    public static Task<double> InPageAsync(IPage page, string range) => page.EvaluateAsync<double>(InPage, range);

    /// <summary>One range change timed from Playwright (the method before; kept for comparison).</summary>
    public static async Task<double> FromPlaywrightAsync(IPage page, string range)
    {
        var before = await page.EvaluateAsync<string>("() => document.querySelector('.js-plotly-plot').dataset.drawn");
        var t = Stopwatch.StartNew();
        await page.ClickAsync($"[data-testid=control-bar] button[data-range='{range}']");
        await page.WaitForFunctionAsync("b => document.querySelector('.js-plotly-plot').dataset.drawn !== b", before);
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        return t.Elapsed.TotalMilliseconds;
    }

    /// <summary>The ten presets on a live page; the sorted times.</summary>
    public static async Task<List<double>> SeriesAsync(IPage page, bool inPage)
    {
        var times = new List<double>();
        foreach (var range in Ranges)
        {
            times.Add(inPage ? await InPageAsync(page, range) : await FromPlaywrightAsync(page, range));
        }

        times.Sort();
        return times;
    }

    /// <summary>
    /// <c>-- redraw [path…]</c>: only the range change, on the bench's own server, in-page and (for comparison) from
    /// Playwright, per page; the paths default to the main bench's pages.
    /// </summary>
    public static async Task RunAsync(string baseUrl, IBrowser browser, List<string> paths)
    {
        Console.WriteLine($"# range change {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        foreach (var path in paths.Count > 0 ? paths : Pages.All.Select(p => p.Url).ToList())
        {
            await using var context = await browser.NewContextAsync(Shots.Wide);
            var detail = Environment.GetEnvironmentVariable("REDRAW_DETAIL") == "1";
            if (detail)
            {
                await context.AddInitScriptAsync(Probe.Hooks);
            }

            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + path);
            await Pages.WaitForLiveAsync(page);
            if (Environment.GetEnvironmentVariable("REDRAW_EVAL") is { Length: > 0 } js)
            {
                // An in-page experiment (a script file evaluated in the live page), e.g. alternative plotly calls.
                Console.WriteLine($"{path}: " + await page.EvaluateAsync<string>(File.ReadAllText(js)));
                continue;
            }

            // First pass as in the main bench (each range new to the server's cache), then again with the figures cached,
            // in-page and from Playwright (the method before), so the two methods compare on the same work.
            var first = await SeriesAsync(page, inPage: true);
            var cached = await SeriesAsync(page, inPage: true);
            var playwright = await SeriesAsync(page, inPage: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: range change in-page median {Median(first):0} ms (min {first[0]:0}, max {first[^1]:0}; ÷ goal {Median(first) / 100:0.00}); " +
                $"ranges cached: in-page {Median(cached):0} ms, from Playwright {Median(playwright):0} ms"));
            if (detail)
            {
                foreach (var range in new[] { "1y", "5y", "3m" })
                {
                    await page.WaitForTimeoutAsync(1500);
                    Console.WriteLine($"  {range}: " + await page.EvaluateAsync<string>(Detail, range));
                }
            }
        }
    }

    public static double Median(List<double> sorted) => (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
}
