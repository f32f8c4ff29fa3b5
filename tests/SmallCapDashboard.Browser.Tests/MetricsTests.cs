using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// Measurements, reported (test-output/browser-metrics.txt and the test log), never asserted against a goal.
/// The test only checks that each measurement was taken.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MetricsTests(BrowserServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task Measure_LoadRedrawServerTimePointsMemory_Reported()
    {
        var report = new StringBuilder();
        void Line(string text)
        {
            report.AppendLine(text);
            output.WriteLine(text);
        }

        // Warm the server (first request JIT-compiles) so the cold measure is the browser's cold start.
        await using (var warm = await server.NewContextAsync())
        {
            var w = await PageProbe.OpenAsync(warm);
            await w.Page.GotoAsync(server.BaseUrl + "/spread?range=max");
            await w.WaitForChartAsync();
        }

        await using var context = await server.NewContextAsync();
        var probe = await PageProbe.OpenAsync(context);
        var clock = Stopwatch.StartNew();
        await probe.Page.GotoAsync(server.BaseUrl + "/spread?range=max", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await probe.WaitForChartAsync();
        var firstChart = clock.Elapsed.TotalMilliseconds;
        Line($"time to first chart, /spread?range=max, cold context: {firstChart:F0} ms (goal <= 1000)");

        var lengths = await probe.TraceLengthsAsync();
        Line($"points per trace on /spread?range=max: max {lengths.Max()} over {lengths.Length} traces (goal <= 2000)");

        var redraws = new List<double>();
        string[] ranges = ["1y", "3m", "5y", "ytd", "1m", "3y", "6m", "10y", "1y", "max"];
        foreach (var range in ranges)
        {
            var before = await probe.Page.EvaluateAsync<string>("() => document.querySelector('.js-plotly-plot').data[0].x.join('|').length + ':' + document.querySelector('.js-plotly-plot').data[0].x[0]");
            var t = Stopwatch.StartNew();
            await probe.Page.ClickAsync($"[data-testid=control-bar] button[data-range='{range}']");
            await probe.Page.WaitForFunctionAsync(
                "b => { const d = document.querySelector('.js-plotly-plot').data[0]; return (d.x.join('|').length + ':' + d.x[0]) !== b; }", before);
            await probe.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            redraws.Add(t.Elapsed.TotalMilliseconds);
        }

        redraws.Sort();
        Line($"range change -> redrawn chart on /spread: median {redraws[redraws.Count / 2]:F0} ms, min {redraws[0]:F0}, max {redraws[^1]:F0} over {redraws.Count} changes (goal <= 150)");

        using var http = new HttpClient();
        foreach (var url in new[] { "/spread?range=max", "/indicators?range=max", "/data" })
        {
            var times = new List<double>();
            for (var i = 0; i < 8; i++)
            {
                var t = Stopwatch.StartNew();
                using var response = await http.GetAsync(server.BaseUrl + url);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(t.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Line($"server time per page view (prerendered GET, warm), {url}: median {times[times.Count / 2]:F1} ms (goal <= 20)");
        }

        await using (var c = await server.NewContextAsync())
        {
            var p = await PageProbe.OpenAsync(c);
            await p.Page.GotoAsync(server.BaseUrl + "/indicators?range=max&symbol=IWM");
            await p.WaitForChartAsync();
            var ind = await p.TraceLengthsAsync();
            Line($"points per trace on /indicators?range=max: max {ind.Max()} over {ind.Length} traces (goal <= 2000)");
        }

        var baseline = Memory();
        var held = new List<IBrowserContext>();
        for (var i = 0; i < 20; i++)
        {
            var c = await server.NewContextAsync();
            held.Add(c);
            var p = await PageProbe.OpenAsync(c);
            await p.Page.GotoAsync(server.BaseUrl + "/indicators?range=5y&symbol=IWM");
            await p.WaitForChartAsync();
        }

        var loaded = Memory();
        var perCircuit = (loaded - baseline) / 20.0 / (1024 * 1024);
        Line($"server memory per open circuit (/indicators, 20 contexts, after full GC): {perCircuit.ToString("F2", CultureInfo.InvariantCulture)} MB (goal <= 1)");
        foreach (var c in held)
        {
            await c.DisposeAsync();
        }

        var file = Path.Combine(BrowserServer.OutputFolder(""), "browser-metrics.txt");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine(report.ToString());
        Assert.Equal(10, redraws.Count);
        Assert.True(firstChart > 0);
    }

    private static long Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
