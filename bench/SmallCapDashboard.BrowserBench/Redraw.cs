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

    /// <summary>
    /// How long a "settled" series waits before each click: the page has drawn every chart (those out of view draw
    /// after a quiet 250 ms) and the user has looked at it, as between two picks of a range.
    /// </summary>
    public const int SettleMs = 1500;

    /// <summary>The last series' times in click order, each after its preset ("1y 84 3m 61 …").</summary>
    public static string LastInOrder { get; private set; } = "";

    /// <summary>
    /// The ten presets on a live page; the sorted times. <paramref name="pauseMs"/> before each click: 0 clicks right
    /// after the first chart redrew (back to back: the previous change's other charts may still be drawing),
    /// <see cref="SettleMs"/> once the page has settled.
    /// </summary>
    public static async Task<List<double>> SeriesAsync(IPage page, bool inPage, int pauseMs = 0)
    {
        var times = new List<double>();
        foreach (var range in Ranges)
        {
            if (pauseMs > 0)
            {
                await page.WaitForTimeoutAsync(pauseMs);
            }

            times.Add(inPage ? await InPageAsync(page, range) : await FromPlaywrightAsync(page, range));
        }

        LastInOrder = string.Join(" ", times.Select((t, i) => string.Create(CultureInfo.InvariantCulture, $"{Ranges[i]} {t:0}")));
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
            if (Environment.GetEnvironmentVariable("REDRAW_PROFILE") is { Length: > 0 } dir)
            {
                await ProfileAsync(context, page, path, dir);
                continue;
            }

            if (Environment.GetEnvironmentVariable("REDRAW_TRACE") is { Length: > 0 } traceDir)
            {
                await TraceAsync(context, page, path, traceDir);
                continue;
            }

            if (Environment.GetEnvironmentVariable("REDRAW_EVAL") is { Length: > 0 } js)
            {
                // An in-page experiment (a script file evaluated in the live page), e.g. alternative plotly calls.
                Console.WriteLine($"{path}: " + await page.EvaluateAsync<string>(File.ReadAllText(js)));
                continue;
            }

            // Settled (the figure to quote), then back to back, then from Playwright (the method before), on the same page.
            var settled = await SeriesAsync(page, inPage: true, SettleMs);
            var settledInOrder = LastInOrder;
            var backToBack = await SeriesAsync(page, inPage: true);
            var playwright = await SeriesAsync(page, inPage: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: range change in-page, page settled: median {Median(settled):0} ms (min {settled[0]:0}, max {settled[^1]:0}; ÷ goal {Median(settled) / 100:0.00}); " +
                $"back to back {Median(backToBack):0} ms (min {backToBack[0]:0}, max {backToBack[^1]:0}); from Playwright {Median(playwright):0} ms"));
            Console.WriteLine($"  settled, in click order: {settledInOrder}");
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

    /// <summary>
    /// <c>REDRAW_PROFILE=DIR</c>: a V8 CPU profile (Chrome DevTools' <c>.cpuprofile</c>) of the page's main thread over
    /// each of three range changes, from the click until the first chart has redrawn and the page has been quiet for
    /// 300 ms, so the profile also holds the other charts' draws.
    /// </summary>
    private static async Task ProfileAsync(IBrowserContext context, IPage page, string path, string dir)
    {
        Directory.CreateDirectory(dir);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Profiler.enable");
        await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 200 });
        var name = new string(path.Where(char.IsLetterOrDigit).Take(24).ToArray());
        foreach (var range in new[] { "1y", "5y", "3m" })
        {
            await page.WaitForTimeoutAsync(1500);
            await cdp.SendAsync("Profiler.start");
            var ms = await InPageAsync(page, range);
            await page.WaitForTimeoutAsync(1200);
            var result = await cdp.SendAsync("Profiler.stop");
            var file = Path.Combine(dir, $"{name}-{range}.cpuprofile");
            await File.WriteAllTextAsync(file, result!.Value.GetProperty("profile").GetRawText());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path} {range}: first chart {ms:0} ms; profile {file}"));
        }
    }

    /// <summary>
    /// <c>REDRAW_TRACE=DIR</c>: a Chromium performance trace (open in Perfetto or chrome://tracing) of the settled series'
    /// ten range changes on a fresh page, with the in-page times of each change printed beside it.
    /// </summary>
    private static async Task TraceAsync(IBrowserContext context, IPage page, string path, string dir)
    {
        Directory.CreateDirectory(dir);
        var cdp = await context.NewCDPSessionAsync(page);
        var events = new List<System.Text.Json.JsonElement>();
        var complete = new TaskCompletionSource();
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) => { lock (events) { events.AddRange(e!.Value.GetProperty("value").EnumerateArray().Select(x => x.Clone())); } };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object> { ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute,toplevel,cc,viz,gpu", ["transferMode"] = "ReportEvents" });
        await SeriesAsync(page, inPage: true, SettleMs);
        await page.WaitForTimeoutAsync(500);
        await cdp.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var file = Path.Combine(dir, new string(path.Where(char.IsLetterOrDigit).Take(24).ToArray()) + ".trace.json");
        await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(new { traceEvents = events }));
        Console.WriteLine($"{path}: in click order {LastInOrder}; trace {file}");
    }

    public static double Median(List<double> sorted) => (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
}
