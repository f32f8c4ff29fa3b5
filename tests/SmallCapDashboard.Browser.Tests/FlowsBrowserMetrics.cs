using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// Measures (reports, never asserts) time to the first chart from a cold browser context and the median time from
/// a range click to the redrawn chart, for <c>/flows?range=max&amp;funds=IWM,IJR,TNA,TZA</c> and
/// <c>/leveraged?range=max</c>. Written to <c>test-output/browser-metrics-flows.txt</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FlowsBrowserMetrics(BrowserServer server)
{
    private static readonly string[] Ranges = ["1y", "5y", "3m", "max", "1y", "3y", "6m", "max"];

    [Fact]
    public async Task Measure_FlowsAndLeveraged_WritesReport()
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Flows/leveraged browser metrics ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, headless Chromium over loopback, bundled dataset)");
        var measured = 0;
        foreach (var url in new[] { "/flows?range=max&funds=IWM,IJR,TNA,TZA", "/leveraged?range=max" })
        {
            await using var context = await server.NewContextAsync();
            var errors = new List<string>();
            var page = await BrowserServer.OpenAsync(context, errors);
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(server.BaseUrl + url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await BrowserServer.WaitForChartAsync(page);
            var firstChart = clock.Elapsed.TotalMilliseconds;

            var latencies = new List<double>();
            foreach (var range in Ranges)
            {
                var before = await page.EvaluateAsync<string>("() => String(document.querySelector('.js-plotly-plot').data[0].x[0])");
                clock.Restart();
                await page.ClickAsync($"[data-testid=control-bar] button[data-range='{range}']");
                await page.WaitForFunctionAsync(
                    "first => { const el = document.querySelector('.js-plotly-plot'); return el && el.data && el.data[0] && String(el.data[0].x[0]) !== first; }",
                    before, new PageWaitForFunctionOptions { Timeout = 30_000 });
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }

            await page.WaitForTimeoutAsync(2000); // let every chart of the last view draw before counting (not timed)
            var points = await page.EvaluateAsync<int>(
                "() => Math.max(...Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => (t.x || []).length)))");
            latencies.Sort();
            var median = (latencies[(latencies.Count - 1) / 2] + latencies[latencies.Count / 2]) / 2;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{url}: first chart {firstChart:0} ms (cold context); range change median {median:0} ms over {latencies.Count} clicks " +
                $"(min {latencies[0]:0}, max {latencies[^1]:0}; goal ≤ 150 ms); most points in one trace after the last click {points}; console errors {errors.Count}");
            measured++;
        }

        using (var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) })
        {
            foreach (var url in new[] { "/flows?range=max&funds=IWM,IJR,TNA,TZA", "/leveraged?range=max", "/" })
            {
                var times = new List<double>();
                for (var i = 0; i < 11; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (i > 0)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"server time per page view (prerendered GET over loopback, warm, 10 runs) {url}: median {(times[4] + times[5]) / 2:0.0} ms (goal ≤ 20 ms)");
            }
        }

        var path = Path.Combine(BrowserServer.OutputFolder("."), "browser-metrics-flows.txt");
        await File.WriteAllTextAsync(path, report.ToString());
        Assert.Equal(2, measured);
    }
}
