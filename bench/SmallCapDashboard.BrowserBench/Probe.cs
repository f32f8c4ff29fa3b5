using Microsoft.Playwright;

namespace SmallCapDashboard.BrowserBench;

/// <summary>
/// Where the time to the first chart goes: for each URL of a running app, on a cold context, the moments (ms from
/// navigation start) the document arrived, each script finished, the circuit's WebSocket opened and sent its first
/// messages, and the first chart drew, plus the bytes the WebSocket received before it.
/// </summary>
internal static class Probe
{
    internal const string Hooks = """
        window.__probe = { ws: [], drawn: null, frames: 0, bytes: 0, msgs: [] };
        window.__long = [];
        try { new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push(Math.round(e.startTime) + "+" + Math.round(e.duration)))).observe({ type: "longtask", buffered: true }); } catch (e) { }
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
            var runs = int.TryParse(Environment.GetEnvironmentVariable("PROBE_RUNS"), out var n) ? n : 2;
            var paints = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                await using var context = await browser.NewContextAsync(Shots.Wide);
                await context.AddInitScriptAsync(Hooks);
                var page = await context.NewPageAsync();
                // PROBE_STRIP=REGEX: the page's HTML with every match removed (an experiment: what a script or style costs the first paint).
                if (Environment.GetEnvironmentVariable("PROBE_STRIP") is { Length: > 0 } strip)
                {
                    await page.RouteAsync(url, async route =>
                    {
                        var response = await route.FetchAsync();
                        var html = System.Text.RegularExpressions.Regex.Replace(await response.TextAsync(), strip, string.Empty);
                        await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
                    });
                }

                // PROBE_TRACE=DIR: a Chromium performance trace of each run (open in chrome://tracing or Perfetto).
                var trace = Environment.GetEnvironmentVariable("PROBE_TRACE");
                ICDPSession? cdp = null;
                var events = new List<System.Text.Json.JsonElement>();
                var complete = new TaskCompletionSource();
                if (trace is { Length: > 0 })
                {
                    cdp = await context.NewCDPSessionAsync(page);
                    cdp.Event("Tracing.dataCollected").OnEvent += (_, e) => { lock (events) { events.AddRange(e!.Value.GetProperty("value").EnumerateArray().Select(x => x.Clone())); } };
                    cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
                    await cdp.SendAsync("Tracing.start", new Dictionary<string, object> { ["categories"] = Environment.GetEnvironmentVariable("PROBE_TRACE_CATEGORIES") ?? "devtools.timeline,disabled-by-default-devtools.timeline,blink,loading,v8.execute,toplevel", ["transferMode"] = "ReportEvents" });
                }

                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                if (Environment.GetEnvironmentVariable("PROBE_PAINT_ONLY") == "1")
                {
                    // Only when the first paint came (with PROBE_STRIP, the page may never start).
                    await page.WaitForTimeoutAsync(3000);
                    Console.WriteLine($"{url} (run {run + 1}) " + await page.EvaluateAsync<string>("() => performance.getEntriesByType('paint').map(e => e.name + ' ' + Math.round(e.startTime)).join(', ') + ', doc ' + Math.round(performance.getEntriesByType('navigation')[0].responseEnd) + ', long tasks ' + (window.__long || []).join(' ')"));
                    paints.Add(await page.EvaluateAsync<double>("() => (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime"));
                    await SaveTraceAsync();

                    if (run == runs - 1 && runs > 2)
                    {
                        var sorted = paints.Skip(1).Order().ToList();
                        Console.WriteLine($"{url}: first contentful paint median {sorted[sorted.Count / 2]:0} ms of runs 2–{runs} ({sorted[0]:0}–{sorted[^1]:0})");
                    }

                    continue;
                }

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
                        const paints = performance.getEntriesByType("paint").map(e => e.name + " " + Math.round(e.startTime)).join(", ");
                        return "paint: " + paints + "\n  doc " + Math.round(n.responseStart) + "→" + Math.round(n.responseEnd) + " (" + Math.round(n.encodedBodySize / 1024) + " KB), DOMContentLoaded " + Math.round(n.domContentLoadedEventEnd)
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

                await SaveTraceAsync();

                async Task SaveTraceAsync()
                {
                    if (cdp is not null)
                    {
                        await cdp.SendAsync("Tracing.end");
                        await complete.Task;
                        File.WriteAllText(Path.Combine(trace!, $"trace-{urls.IndexOf(url)}-{run + 1}.json"), System.Text.Json.JsonSerializer.Serialize(new { traceEvents = events }));
                        cdp = null;
                    }
                }
            }
        }
    }
}
