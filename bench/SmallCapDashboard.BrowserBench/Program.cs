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
//   dotnet run --project bench/SmallCapDashboard.BrowserBench -- shots URL…  (screenshots of a running app into /tmp/shots)
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

        if (argsList.Count > 0 && argsList[0] == "after-import")
        {
            await AfterImport.RunAsync();
            return;
        }

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
            for (var run = 0; run < 3; run++)
            {
                await using var context = await browser.NewContextAsync(Shots.Wide);
                var p = await context.NewPageAsync();
                var clock = Stopwatch.StartNew();
                await p.GotoAsync(baseUrl + page.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                await Pages.WaitForChartAsync(p);
                cold.Add(clock.Elapsed.TotalMilliseconds);
            }

            await using var ctx = await browser.NewContextAsync(Shots.Wide);
            var pg = await ctx.NewPageAsync();
            await pg.GotoAsync(baseUrl + page.Url);
            await Pages.WaitForLiveAsync(pg);
            var redraws = new List<double>();
            foreach (var range in new[] { "1y", "3m", "5y", "ytd", "1m", "3y", "6m", "10y", "1y", "max" })
            {
                var before = await pg.EvaluateAsync<string>("() => document.querySelector('.js-plotly-plot').dataset.drawn");
                var t = Stopwatch.StartNew();
                await pg.ClickAsync($"[data-testid=control-bar] button[data-range='{range}']");
                await pg.WaitForFunctionAsync("b => document.querySelector('.js-plotly-plot').dataset.drawn !== b", before);
                await pg.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                redraws.Add(t.Elapsed.TotalMilliseconds);
            }

            var points = await pg.EvaluateAsync<int>("() => Math.max(...Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => (t.x || []).length)))");
            cold.Sort();
            redraws.Sort();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"{page.Url}: first chart, cold context, median of 3 {cold[1]:0} ms (min {cold[0]:0}, max {cold[2]:0}; goal ≤ {page.Goal} ms); " +
                $"range change → redrawn chart median {Median(redraws):0} ms over {redraws.Count} (min {redraws[0]:0}, max {redraws[^1]:0}; goal ≤ 100 ms); most points in one trace at max {points}"));
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

        foreach (var url in new[] { "/indicators?range=5y&symbol=IWM", "/spread?range=max", "/flows?range=max&funds=IWM,IJR,TNA,TZA" })
        {
            var baseline = Memory();
            var held = new List<IBrowserContext>();
            for (var i = 0; i < 20; i++)
            {
                var c = await browser.NewContextAsync(Shots.Wide);
                held.Add(c);
                var p = await c.NewPageAsync();
                await p.GotoAsync(baseUrl + url);
                await Pages.WaitForLiveAsync(p);
            }

            var perCircuit = (Memory() - baseline) / 20.0 / (1024 * 1024);
            Line(string.Create(CultureInfo.InvariantCulture, $"server memory per open circuit ({url}, 20 contexts, after full GC): {perCircuit:F2} MB (goal ≤ 0.5)"));
            foreach (var c in held)
            {
                await c.DisposeAsync();
            }

            await Task.Delay(500);
        }

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

    private static double Median(List<double> sorted) => (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;

    private static long Memory()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>
/// First chart after an import: the server is warmed on the pages first (JIT, caches), then the synthetic iShares
/// workbook is imported as IJR through the app's own <see cref="SmallCapDashboard.Data.Import.ImportService"/> (which
/// bumps the data version, so every cached series and figure is stale), then each page is opened on a cold browser
/// context: the first open is the first request after the import, the next two show the same page with the server's
/// caches warm again.
/// </summary>
internal static class AfterImport
{
    private static readonly string[] Urls = ["/flows?range=max&funds=IWM,IJR", "/funds?symbols=IWM,IJR,SPY"];

    public static async Task RunAsync()
    {
        var db = Path.Combine(Path.GetTempPath(), $"smallcap-bench-{Guid.NewGuid():N}.db");
        var workbook = Path.Combine(RepoFolder(), "..", "shared", "data", "issuer", "iShares-Example-Small-Cap-ETF_fund.xls");
        await using (var factory = new BenchServer(db))
        {
            factory.StartServer();
            var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(Shots.Launch);
            Console.WriteLine($"# After-import bench {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, headless Chromium over loopback, bundled dataset, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            foreach (var url in Urls)
            {
                await using var warm = await browser.NewContextAsync(Shots.Wide);
                var w = await warm.NewPageAsync();
                await w.GotoAsync(baseUrl + url);
                await Pages.WaitForLiveAsync(w);
            }

            var imports = factory.Services.GetRequiredService<SmallCapDashboard.Data.Import.ImportService>();
            var clock = Stopwatch.StartNew();
            var result = await imports.ImportAsync(workbook, new SmallCapDashboard.Data.Import.FileImportOptions { Symbol = "IJR" });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"import {Path.GetFileName(workbook)} as IJR: {result.Status}, {result.RowsRead} fund days read, {result.RowsWritten} written, holdings {result.Holdings?.Lines}, {clock.Elapsed.TotalMilliseconds:0} ms{(result.Error is null ? "" : " — " + result.Error)}"));
            if (!result.Succeeded)
            {
                return;
            }

            foreach (var url in Urls)
            {
                var times = new List<double>();
                for (var run = 0; run < 3; run++)
                {
                    await using var context = await browser.NewContextAsync(Shots.Wide);
                    var p = await context.NewPageAsync();
                    var t = Stopwatch.StartNew();
                    await p.GotoAsync(baseUrl + url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                    await Pages.WaitForChartAsync(p);
                    times.Add(t.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{url}: first chart on a cold context, first request after the import {times[0]:0} ms; then {times[1]:0} ms and {times[2]:0} ms (server caches warm)"));
            }

            await browser.CloseAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }
    }

    private static string RepoFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmallCapDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository.");
    }
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

    /// <summary>The first chart has drawn (charts.js marks each drawn plot; a prerendered chart draws before the circuit starts).</summary>
    public static Task WaitForChartAsync(IPage page) =>
        page.WaitForSelectorAsync(".js-plotly-plot[data-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });

    /// <summary>The live page has taken over the first chart (the controls answer).</summary>
    public static Task WaitForLiveAsync(IPage page) =>
        page.WaitForSelectorAsync("[data-live] > .js-plotly-plot[data-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });
}

internal static class Shots
{
    public static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("SMALLCAP_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    };

    public static readonly BrowserNewContextOptions Wide = new() { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } };

    /// <summary>Screenshots of each URL (full page) at 1400 and 390 px, light, into /tmp/shots; console errors printed.</summary>
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
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 } });
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
                await page.WaitForSelectorAsync(".js-plotly-plot .main-svg", new PageWaitForSelectorOptions { Timeout = 20_000 });
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

/// <summary>The app on Kestrel (port 0) over a temporary SQLite file it creates and seeds from the bundle.</summary>
internal sealed class BenchServer(string file) : WebApplicationFactory<global::Program>
{
    private readonly string _file = file;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(WebProjectFolder());
        builder.UseSetting("ConnectionStrings:Market", _file);
    }

    private static string WebProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmallCapDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository."), "src", "SmallCapDashboard.Web");
    }

    public new void StartServer()
    {
        UseKestrel(0);
        base.StartServer();
    }
}

/// <summary>
/// Where the time to the first chart goes: for each URL of a running app, on a cold context, the moments (ms from
/// navigation start) the document arrived, each script finished, the circuit's WebSocket opened and sent its first
/// messages, and the first chart drew, plus the bytes the WebSocket received before it.
/// </summary>
internal static class Probe
{
    private const string Hooks = """
        window.__probe = { ws: [], drawn: null, frames: 0, bytes: 0, msgs: [] };
        const Native = window.WebSocket;
        window.WebSocket = function (url, protocols) {
            const ws = new Native(url, protocols);
            window.__probe.ws.push(["new", performance.now()]);
            ws.addEventListener("open", () => window.__probe.ws.push(["open", performance.now()]));
            ws.addEventListener("message", e => {
                const p = window.__probe;
                p.frames++;
                p.msgs.push(performance.now());
                p.bytes += e.data.byteLength || e.data.size || (e.data.length || 0);
                if (p.frames <= 6 || p.drawn === null && p.frames % 5 === 0) { p.ws.push(["msg" + p.frames + ":" + (e.data.byteLength || e.data.size || e.data.length), performance.now()]); }
            });
            return ws;
        };
        window.WebSocket.prototype = Native.prototype;
        Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
        let plotlyValue;
        window.__probe.react = [];
        Object.defineProperty(window, "Plotly", { configurable: true, get: () => plotlyValue, set: v => {
            window.__probe.plotlyAt = performance.now();
            const react = v.react;
            v.react = async function (...a) { const t = performance.now(); const r = await react.apply(this, a); window.__probe.react.push(Math.round(t) + "+" + Math.round(performance.now() - t)); return r; };
            plotlyValue = v;
        } });
        new MutationObserver(() => {
            if (window.__probe.drawn === null && document.querySelector(".js-plotly-plot[data-drawn] .main-svg")) {
                window.__probe.drawn = performance.now();
                window.__probe.bytesAtDraw = window.__probe.bytes;
            }
        }).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    public static async Task RunAsync(List<string> urls)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Shots.Launch);
        foreach (var url in urls)
        {
            for (var run = 0; run < 2; run++)
            {
                await using var context = await browser.NewContextAsync(Shots.Wide);
                await context.AddInitScriptAsync(Hooks);
                var page = await context.NewPageAsync();
                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                await Pages.WaitForChartAsync(page);
                var drawnFirst = await page.EvaluateAsync<bool>("() => !document.querySelector('[data-live]')");
                await Pages.WaitForLiveAsync(page);
                await page.WaitForTimeoutAsync(300);
                Console.WriteLine($"  (first chart drawn before the live page took over: {drawnFirst})");
                var report = await page.EvaluateAsync<string>("""
                    () => {
                        const n = performance.getEntriesByType("navigation")[0];
                        const r = performance.getEntriesByType("resource").filter(e => /\.(js|css)/.test(e.name))
                            .map(e => e.name.split("/").pop().split("?")[0] + " " + Math.round(e.startTime) + "→" + Math.round(e.responseEnd) + " (" + Math.round(e.encodedBodySize / 1024) + " KB)");
                        const p = window.__probe;
                        return "doc " + Math.round(n.responseStart) + "→" + Math.round(n.responseEnd) + " (" + Math.round(n.encodedBodySize / 1024) + " KB), DOMContentLoaded " + Math.round(n.domContentLoadedEventEnd)
                            + "\n  " + r.join("\n  ")
                            + "\n  ws " + p.ws.map(([k, t]) => k + "@" + Math.round(t)).join(", ")
                            + "\n  Plotly set " + Math.round(p.plotlyAt) + ", react calls " + p.react.join(" ")
                            + "\n  first chart drawn " + Math.round(p.drawn) + " ms after " + p.frames + " frames so far, " + Math.round(p.bytesAtDraw / 1024) + " KB received before it";
                    }
                    """);
                Console.WriteLine($"{url} (run {run + 1})\n  {report}");
                if (Environment.GetEnvironmentVariable("PROBE_EVAL") is { Length: > 0 } js)
                {
                    Console.WriteLine("  eval: " + await page.EvaluateAsync<string>(File.ReadAllText(js)));
                    continue;
                }

                foreach (var range in new[] { "1y", "5y" })
                {
                    var change = await page.EvaluateAsync<string>("""
                        range => new Promise(resolve => {
                            const p = window.__probe;
                            const plot = document.querySelector(".js-plotly-plot");
                            const before = plot.dataset.drawn;
                            const marks = [];
                            const t0 = performance.now();
                            const mark = k => marks.push(k + "@" + Math.round(performance.now() - t0));
                            const frames = p.frames;
                            const timer = setInterval(() => { if (p.frames !== frames && marks.length === 0) { mark("first frame back"); } }, 2);
                            new MutationObserver((list, obs) => {
                                if (plot.dataset.drawn !== before) { obs.disconnect(); clearInterval(timer); mark("drawn"); resolve(marks.join(", ") + ", frames " + (p.frames - frames) + ", react (start+duration, ms after the click) " + p.react.map(r => r.split("+").map(Number)).filter(([a]) => a >= t0).map(([a, d]) => Math.round(a - t0) + "+" + d).join(" ") + ", frames at " + p.msgs.filter(t => t >= t0).map(t => Math.round(t - t0)).join(" ")); }
                            }).observe(plot, { attributes: true });
                            document.querySelector("[data-testid=control-bar] button[data-range='" + range + "']").click();
                        })
                        """, range);
                    Console.WriteLine($"  range {range}: {change}");
                }
            }
        }
    }
}
