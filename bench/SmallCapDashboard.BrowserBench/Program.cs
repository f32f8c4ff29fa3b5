using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// Browser measurements of the dashboard (reported, never asserted): time to the first chart on a cold browser
// context, range change to redrawn chart, points per trace, server memory per open circuit.
//   dotnet run --project bench/SmallCapDashboard.BrowserBench               (own server, temp SQLite seeded from the bundle)
//   dotnet run --project bench/SmallCapDashboard.BrowserBench -- redraw [PATH…] (own server: only the range change, in-page
//                                                                              and from Playwright; paths like /spread?range=max)
//   dotnet run --project bench/SmallCapDashboard.BrowserBench -- shots URL…  (screenshots of a running app into /tmp/shots)
//   dotnet run --project bench/SmallCapDashboard.BrowserBench -- memory [URL…] (only the server memory per open circuit)
//   dotnet run --project bench/SmallCapDashboard.BrowserBench -- after-import (first chart on /flows and /funds after importing
//                                                                             the synthetic iShares workbook as IJR)
namespace SmallCapDashboard.BrowserBench;

internal static class BrowserBench
{
    public static async Task Main(string[] args)
    {
        var argsList = args.ToList();
        if (argsList.Count > 0 && argsList[0] == "shots")
        {
            await Shots.RunAsync(argsList.Skip(1).ToList());
            return;
        }

        if (argsList.Count > 2 && argsList[0] == "hold")
        {
            // hold URL N SECONDS: keeps N live pages of a running app open (e.g. to take a gcdump of its circuits).
            using var pw = await Playwright.CreateAsync();
            await using var b = await pw.Chromium.LaunchAsync(Shots.Launch);
            var contexts = new List<IBrowserContext>();
            for (var i = 0; i < int.Parse(argsList[2], CultureInfo.InvariantCulture); i++)
            {
                var c = await b.NewContextAsync(Shots.Wide);
                contexts.Add(c);
                var p = await c.NewPageAsync();
                await p.GotoAsync(argsList[1]);
                await Pages.WaitForLiveAsync(p);
            }

            Console.WriteLine($"holding {contexts.Count} pages");
            await Task.Delay(TimeSpan.FromSeconds(int.Parse(argsList[3], CultureInfo.InvariantCulture)));
            return;
        }

        if (argsList.Count > 0 && argsList[0] == "probe")
        {
            await Probe.RunAsync(argsList.Skip(1).ToList());
            return;
        }

        if (argsList.Count > 0 && argsList[0] == "memory")
        {
            await Memory.RunAsync(argsList.Skip(1).ToList());
            return;
        }

        if (argsList.Count > 0 && argsList[0] == "after-import")
        {
            await AfterImport.RunAsync();
            return;
        }

        var redrawOnly = argsList.Count > 0 && argsList[0] == "redraw";
        var db = Path.Combine(Path.GetTempPath(), $"smallcap-bench-{Guid.NewGuid():N}.db");
        await using var factory = new BenchServer(db);
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Shots.Launch);
        var report = new StringBuilder();
        void Line(string text)
        {
            report.AppendLine(text);
            Console.WriteLine(text);
        }

        if (redrawOnly)
        {
            try
            {
                foreach (var url in argsList.Count > 1 ? argsList.Skip(1) : Pages.All.Select(p => p.Url))
                {
                    await using var warm = await browser.NewContextAsync(Shots.Wide);
                    var w = await warm.NewPageAsync();
                    await w.GotoAsync(baseUrl + url);
                    await Pages.WaitForLiveAsync(w);
                }

                await Redraw.RunAsync(baseUrl, browser, argsList.Skip(1).ToList());
            }
            finally
            {
                await browser.CloseAsync();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { db, db + "-wal", db + "-shm" })
                {
                    File.Delete(f);
                }
            }

            return;
        }

        Line($"# Browser bench {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, headless Chromium over loopback, bundled dataset, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        // Warm the server (JIT, caches) so a cold context measures the browser's cold start, not the server's.
        foreach (var url in Pages.All)
        {
            await using var warm = await browser.NewContextAsync(Shots.Wide);
            var w = await warm.NewPageAsync();
            await w.GotoAsync(baseUrl + url.Url);
            await Pages.WaitForLiveAsync(w);
        }

        foreach (var page in Pages.All)
        {
            var cold = new List<double>();
            var interactive = new List<double>();
            var fromPlaywright = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                await using var context = await browser.NewContextAsync(Shots.Wide);
                await context.AddInitScriptAsync(Pages.FirstChartHooks);
                var p = await context.NewPageAsync();
                var clock = Stopwatch.StartNew();
                await p.GotoAsync(baseUrl + page.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                await Pages.WaitForFirstPaintAsync(p);
                fromPlaywright.Add(clock.Elapsed.TotalMilliseconds);
                await Pages.WaitForChartAsync(p);
                await p.WaitForTimeoutAsync(200);
                var times = await p.EvaluateAsync<double[]>(Pages.FirstChartTimes);
                cold.Add(times[0]);
                interactive.Add(times[1]);
            }

            fromPlaywright.Sort();
            interactive.Sort();

            await using var ctx = await browser.NewContextAsync(Shots.Wide);
            var pg = await ctx.NewPageAsync();
            await pg.GotoAsync(baseUrl + page.Url);
            await Pages.WaitForLiveAsync(pg);
            var redraws = await Redraw.SeriesAsync(pg, inPage: true, Redraw.SettleMs);
            var backToBack = await Redraw.SeriesAsync(pg, inPage: true);

            var points = await pg.EvaluateAsync<int>("() => Math.max(...Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => (t.x || []).length)))");
            cold.Sort();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"{page.Url}: first chart on screen, cold context, in-page from navigation start, median of 3 {cold[1]:0} ms (min {cold[0]:0}, max {cold[2]:0}; goal ≤ {page.Goal} ms), " +
                $"interactive (plotly drawn) {interactive[1]:0} ms (min {interactive[0]:0}, max {interactive[2]:0}); first chart seen by Playwright's polling {fromPlaywright[1]:0} ms; " +
                $"range change → redrawn chart (in-page, page settled) median {Median(redraws):0} ms over {redraws.Count} (min {redraws[0]:0}, max {redraws[^1]:0}; goal ≤ 100 ms), " +
                $"back to back {Median(backToBack):0} ms (min {backToBack[0]:0}, max {backToBack[^1]:0}); most points in one trace at max {points}"));
        }

        using (var http = new HttpClient())
        {
            foreach (var page in Pages.All.Append(new("/", 0)))
            {
                var times = new List<double>();
                for (var i = 0; i < 9; i++)
                {
                    var t = Stopwatch.StartNew();
                    using var response = await http.GetAsync(baseUrl + page.Url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (i > 0)
                    {
                        times.Add(t.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                Line(string.Create(CultureInfo.InvariantCulture, $"server time per prerendered GET (warm, 8 runs) {page.Url}: median {Median(times):0.0} ms"));
            }
        }

        await Memory.MeasureAsync(browser, baseUrl, Memory.DefaultUrls, Line);

        var output = Path.Combine(Path.GetTempPath(), "smallcap-browser-bench.txt");
        await File.WriteAllTextAsync(output, report.ToString());
        Console.WriteLine("written to " + output);
        await browser.CloseAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }
    }

    private static double Median(List<double> sorted) => Redraw.Median(sorted);
}

internal sealed record Pages(string Url, int Goal)
{
    public static readonly Pages[] All =
    [
        new("/spread?range=max", 500),
        new("/flows?range=max&funds=IWM,IJR,TNA,TZA", 500),
        new("/leveraged?range=max", 500),
        new("/indicators?symbol=IWM&range=max", 800),
    ];

    /// <summary>
    /// Installed before a cold load: notes (performance.now(), from navigation start) when the server-drawn picture of the
    /// first chart entered the DOM and the frame after it, and the frame after plotly first drew a plot.
    /// </summary>
    public const string FirstChartHooks = """
        window.__first = { still: null, stillFrame: null, plotFrame: null };
        new MutationObserver(() => {
            const f = window.__first;
            if (f.still === null && document.querySelector(".chart-static .cs-pane > svg")) {
                f.still = performance.now();
                requestAnimationFrame(() => { f.stillFrame = performance.now(); });
            }
            if (f.plotFrame === null && document.querySelector(".js-plotly-plot[data-drawn] .main-svg")) {
                f.plotFrame = -1;
                requestAnimationFrame(() => { f.plotFrame = performance.now(); });
            }
        }).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    /// <summary>
    /// [first chart on screen, interactive] in ms from navigation start: the picture is in the HTML, so it is on screen
    /// at the first contentful paint (or the frame after it arrived, if later); without one, the first plotly frame.
    /// </summary>
    public const string FirstChartTimes = """
        () => {
            const f = window.__first;
            const fcp = (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime;
            const onScreen = f.still === null ? f.plotFrame : (fcp !== undefined && f.still <= fcp ? fcp : f.stillFrame);
            return [onScreen, f.plotFrame];
        }
        """;

    /// <summary>
    /// The first chart is on screen: the server-drawn picture of the prerendered page (Charts/StaticChart, in the HTML) or,
    /// where a page has none, the plotly chart.
    /// </summary>
    public static Task WaitForFirstPaintAsync(IPage page) =>
        page.WaitForSelectorAsync(".chart-static .cs-pane > svg, .js-plotly-plot[data-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });

    /// <summary>The first chart has drawn (charts.js marks each drawn plot; a prerendered chart draws before the circuit starts).</summary>
    public static Task WaitForChartAsync(IPage page) =>
        page.WaitForSelectorAsync(".js-plotly-plot[data-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });

    /// <summary>The live page has taken over the first chart (the controls answer).</summary>
    public static Task WaitForLiveAsync(IPage page) =>
        page.WaitForSelectorAsync("[data-live] > .js-plotly-plot[data-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });
}
