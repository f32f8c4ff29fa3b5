using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SmallCapDashboard.BrowserBench;

/// <summary>
/// First chart after an import: the server is warmed on the pages first (JIT, caches), then the synthetic iShares
/// workbook is imported as IJR through the app's own <see cref="SmallCapDashboard.Data.Import.ImportService"/> (which
/// bumps the data version, so every cached series and figure is stale), then each page is opened on a cold browser
/// context: the first open is the first request after the import, the next two show the same page with the server's
/// caches warm again.
/// </summary>
internal static class AfterImport
{
    private static readonly string[] Urls = ["/flows?range=max&funds=IWM,IJR", "/funds?range=max&symbols=IWM,IJR,SPY"];

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
