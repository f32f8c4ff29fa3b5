using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// <c>alerts</c>: on a temp SQLite file seeded with the bundle, 100 rules over the bundled symbols; one import of two
/// IWM sessions after the bundle's end. Reports (1) the checker's evaluation time of the 100 rules after that import
/// (reads included, deliveries excluded; rules reset to the pre-import state between runs) and (2) the time from the
/// import's commit (a data-change listener registered before the alert listener stamps it) to the webhook
/// receiving the POST (Kestrel on loopback).
/// <code>dotnet run -c Release --project bench/SmallCapDashboard.Benchmarks -- alerts</code>
/// </summary>
internal static class AlertsProbe
{
    private static readonly string[] Symbols = ["IWM", "IJR", "SPY", "QQQ", "DIA", "TNA", "TZA", "IWM:SPY", "IJR:SPY", "IWM:QQQ"];

    private static readonly string[] Rules =
    [
        "cross:10/50", "golden:50/200", "death:10/50", "rsi-regime", "rsi-above:70", "rsi-below:30", "divergence:bearish",
        "new-high", "new-low", "return-rank:1w:5y",
    ];

    public static void Run(TextWriter output) => RunAsync(output).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "smallcap-alerts-probe-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        await using var hook = await LoopbackWebhook.StartAsync();
        var stamp = new CommitStamp();
        var services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(folder, "market.db") })
            .AddSingleton<IDataChangeListener>(stamp)
            .AddAlerts()
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
            await services.GetRequiredService<Seeder>().SeedAsync();
            var store = services.GetRequiredService<AlertRuleStore>();
            var count = 0;
            foreach (var symbol in Symbols)
            {
                foreach (var rule in Rules)
                {
                    var ratio = symbol.Contains(':', StringComparison.Ordinal);
                    var text = ratio && rule.StartsWith("return-rank", StringComparison.Ordinal) ? "rsi-regime:9" : rule;
                    await store.AddAsync(new AlertRuleDraft(symbol, text) { WebhookUrl = symbol == "IWM" && rule == "new-low" ? hook.Url : null });
                    count++;
                }
            }

            var file = Path.Combine(folder, "IWM.csv");
            await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2025-12-26,200,200,150,150,150,30000000\n2025-12-29,150,151,140,141,141,30000000\n");
            var import = await services.GetRequiredService<ImportService>().ImportBarsAsync(file, new BarImportOptions { Symbol = "IWM" });
            if (!import.Succeeded)
            {
                throw new InvalidOperationException(import.Error);
            }

            var received = hook.Requests.Count > 0 ? hook.ReceivedAt[0] : (long?)null;
            output.WriteLine($"{count} rules; import of 2 IWM sessions: {import.TotalTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms including the check and delivery");
            output.WriteLine(received is { } r
                ? $"commit → webhook received: {Stopwatch.GetElapsedTime(stamp.At, r).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms"
                : "webhook not received");

            // The first import fired two new lows (2025-12-26 and 12-29: two POSTs). A second import in the now warm process: another new low on 2025-12-30.
            await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2025-12-30,141,141,130,130,130,30000000\n");
            var second = await services.GetRequiredService<ImportService>().ImportBarsAsync(file, new BarImportOptions { Symbol = "IWM" });
            output.WriteLine(second.Succeeded && hook.Requests.Count > 2
                ? $"second import (warm process): commit → webhook received: {Stopwatch.GetElapsedTime(stamp.At, hook.ReceivedAt[^1]).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms"
                : "second webhook not received: " + second.Error);

            var checker = services.GetRequiredService<AlertChecker>();
            foreach (var (seen, what) in new[] { (new DateOnly(2025, 12, 29), "after the last import (rules whose series did not grow stop at their last session)"), (new DateOnly(2025, 11, 1), "with every rule's series grown (all 100 evaluated over their whole history)") })
            {
                var times = new List<double>();
                for (var run = 0; run < 7; run++)
                {
                    await using (var db = await services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync())
                    {
                        await db.AlertEvents.ExecuteDeleteAsync();
                        await db.AlertRules.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenDate, (DateOnly?)seen));
                    }

                    var check = await checker.CheckAsync();
                    times.Add(check.EvaluationTime.TotalMilliseconds);
                    if (run == 0)
                    {
                        output.WriteLine($"check {what}: {check.RulesEvaluated} rules, {check.NewEvents.Count} events");
                    }
                }

                times.Sort();
                output.WriteLine($"  evaluation time: min {times[0].ToString("0", CultureInfo.InvariantCulture)} ms, median {times[times.Count / 2].ToString("0", CultureInfo.InvariantCulture)} ms over {times.Count} runs");
            }
        }
        finally
        {
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class CommitStamp : IDataChangeListener
    {
        public long At { get; private set; }

        public Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken)
        {
            At = Stopwatch.GetTimestamp();
            return Task.CompletedTask;
        }
    }
}
