using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SmallCapDashboard.BrowserBench;

/// <summary>
/// Server memory per open circuit: for each URL, 20 cold browser contexts each open the live page; the server's managed
/// heap after a full compacting GC, minus the heap before, divided by 20. The server runs in this process (own Kestrel,
/// temp SQLite seeded from the bundle), so <see cref="GC.GetTotalMemory(bool)"/> is the server's heap.
/// </summary>
internal static class Memory
{
    // Counts the messages the circuit's WebSocket receives and when the last one came.
    private const string CircuitHook = """
        window.__circuit = { messages: 0, last: 0 };
        const Native = window.WebSocket;
        window.WebSocket = function (url, protocols) {
            const ws = new Native(url, protocols);
            ws.addEventListener("message", () => { window.__circuit.messages++; window.__circuit.last = performance.now(); });
            return ws;
        };
        window.WebSocket.prototype = Native.prototype;
        Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
        """;

    /// <summary>The pages measured when no URL is given.</summary>
    public static readonly string[] DefaultUrls =
    [
        "/indicators?range=5y&symbol=IWM",
        "/spread?range=max",
        "/flows?range=max&funds=IWM,IJR,TNA,TZA",
        "/leveraged?range=max",
        "/",
    ];

    /// <summary><c>-- memory [URL…]</c>: only the memory measurement, on its own server.</summary>
    public static async Task RunAsync(List<string> urls)
    {
        var db = Path.Combine(Path.GetTempPath(), $"smallcap-bench-{Guid.NewGuid():N}.db");
        await using (var factory = new BenchServer(db))
        {
            factory.StartServer();
            var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(Shots.Launch);
            var list = urls.Count > 0 ? urls : DefaultUrls.ToList();
            foreach (var url in list)
            {
                // Warm the page once (JIT, caches, shared specs) so the per-circuit figure holds only what a circuit keeps.
                await using var warm = await OpenLiveAsync(browser, baseUrl + url);
            }

            await MeasureAsync(browser, baseUrl, list, Console.WriteLine);
            await browser.CloseAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>Measures each URL and writes one line per URL (also called by the main bench).</summary>
    public static async Task MeasureAsync(IBrowser browser, string baseUrl, IEnumerable<string> urls, Action<string> line, int contexts = 20)
    {
        foreach (var url in urls)
        {
            var baseline = Heap();
            var held = new List<IBrowserContext>();
            long half = 0;
            for (var i = 0; i < contexts; i++)
            {
                held.Add(await OpenLiveAsync(browser, baseUrl + url));
                if (i + 1 == contexts / 2)
                {
                    half = Heap();
                }
            }

            var full = Heap();
            var perCircuit = (full - baseline) / (double)contexts / (1024 * 1024);

            // The second half alone: what one more circuit adds once the server's pooled buffers (prerendering's
            // encoder and writer buffers, kept per thread and per core) have filled, which the average includes.
            var marginal = (full - half) / (double)(contexts - contexts / 2) / (1024 * 1024);
            line(string.Create(CultureInfo.InvariantCulture,
                $"server memory per open circuit ({url}, {contexts} contexts, after full GC): {perCircuit:F2} MB (goal ≤ 0.5, ratio {perCircuit / 0.5:F1}); second half alone {marginal:F2} MB per circuit"));
            foreach (var c in held)
            {
                await c.DisposeAsync();
            }

            await Task.Delay(500);
        }
    }

    /// <summary>A cold context with one page of <paramref name="url"/>, once its circuit is live.</summary>
    private static async Task<IBrowserContext> OpenLiveAsync(IBrowser browser, string url)
    {
        var c = await browser.NewContextAsync(Shots.Wide);
        await c.AddInitScriptAsync(CircuitHook);
        var p = await c.NewPageAsync();
        await p.GotoAsync(url);
        if (new Uri(url).AbsolutePath == "/")
        {
            // No chart on the overview: live once the circuit's WebSocket has rendered and gone quiet for 300 ms.
            await p.WaitForFunctionAsync("() => window.__circuit.messages > 2 && performance.now() - window.__circuit.last > 300",
                null, new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 100 });
        }
        else
        {
            await Pages.WaitForLiveAsync(p);
        }

        return c;
    }

    private static long Heap()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
