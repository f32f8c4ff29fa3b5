using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// <c>sync</c>: wall time and requests of <see cref="SyncService"/> against the tests' loopback stand-in serving the
/// bundle's real series as Yahoo chart v8 JSON. (1) the ten ETFs' last 30 sessions into a store holding everything
/// before them (5 sessions of overlap each), with the default per-host rate limit (2 requests/s) and with it lifted;
/// (2) a first, full-history sync of IWM into an empty store.
/// </summary>
internal static class SyncProbe
{
    private static readonly string[] Etfs = ["IWM", "IJR", "SPY", "DIA", "QQQ", "TNA", "TZA", "RWM", "TWM", "SRTY"];

    public static async Task RunAsync(TextWriter output)
    {
        var bundle = Path.Combine(FindRoot(), "data", "bundle", "prices");
        await using var upstream = await UpstreamStandIn.StartAsync();
        foreach (var rate in new[] { "2", "1000" })
        {
            await using var store = await Store.OpenAsync(upstream.BaseUrl, rate);
            upstream.Clear();
            foreach (var symbol in Etfs)
            {
                var bars = Read(Path.Combine(bundle, symbol + ".csv"));
                await store.Import.ImportBarsAsync(new MemoryStream(Encoding.UTF8.GetBytes(YahooCsv(bars[..^30]))), symbol + ".csv", new BarImportOptions { Symbol = symbol });
                upstream.On($"/v8/finance/chart/{symbol}", UpstreamStandIn.Text(200, ChartJson(symbol, bars[^35..])));
            }

            var watch = Stopwatch.StartNew();
            var report = await store.Sync.RunAsync(new SyncRequest { Providers = [SyncProvider.Yahoo], Symbols = Etfs });
            watch.Stop();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ten ETFs, last 30 sessions, {rate} req/s per host: {watch.Elapsed.TotalMilliseconds:0} ms, {upstream.Requests.Count} requests, {report.NewRows} new rows, {report.Outcomes.Count(o => o.Status == SyncStatus.Failed)} failed"));
        }

        foreach (var run in new[] { 1, 2, 3 })
        {
            await using var store = await Store.OpenAsync(upstream.BaseUrl, "1000");
            upstream.Clear();
            var iwm = Read(Path.Combine(bundle, "IWM.csv"));
            var json = ChartJson("IWM", iwm);
            upstream.On("/v8/finance/chart/IWM", UpstreamStandIn.Text(200, json));
            var watch = Stopwatch.StartNew();
            var report = await store.Sync.RunAsync(new SyncRequest { Providers = [SyncProvider.Yahoo], Symbols = ["IWM"] });
            watch.Stop();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"IWM full history, first sync (run {run}): {watch.Elapsed.TotalMilliseconds:0} ms, {upstream.Requests.Count} request, {json.Length / 1024} KiB JSON, {report.NewRows} rows"));
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmallCapDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    private static Row[] Read(string path) => [.. File.ReadLines(path).Skip(1).Select(l =>
    {
        var f = l.Split(',');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return new Row(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), D(1), D(2), D(3), D(4), D(5), D(6));
    })];

    private static string YahooCsv(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.Date:yyyy-MM-dd},{r.Open:R},{r.High:R},{r.Low:R},{r.Close:R},{r.Close * r.Factor:R},{r.Volume:R}\n");
        }

        return sb.ToString();
    }

    private static string ChartJson(string symbol, Row[] rows)
    {
        string A(Func<Row, double> f) => "[" + string.Join(",", rows.Select(r => f(r).ToString("R", CultureInfo.InvariantCulture))) + "]";
        var ts = "[" + string.Join(",", rows.Select(r =>
        {
            var local = r.Date.ToDateTime(new TimeOnly(9, 30));
            return new DateTimeOffset(local, MarketCalendar.NewYork.GetUtcOffset(local)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        })) + "]";
        return $$$"""{"chart":{"result":[{"meta":{"currency":"USD","symbol":"{{{symbol}}}","exchangeTimezoneName":"America/New_York"},"timestamp":{{{ts}}},"indicators":{"quote":[{"open":{{{A(r => r.Open)}}},"high":{{{A(r => r.High)}}},"low":{{{A(r => r.Low)}}},"close":{{{A(r => r.Close)}}},"volume":{{{A(r => r.Volume)}}}}],"adjclose":[{"adjclose":{{{A(r => r.Close * r.Factor)}}}}]}}],"error":null}}""";
    }

    private sealed record Row(DateOnly Date, double Open, double High, double Low, double Close, double Volume, double Factor);

    private sealed class Store : IAsyncDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "smallcap-syncprobe-" + Guid.NewGuid().ToString("N")[..8]);
        private ServiceProvider _services = null!;

        public ImportService Import => _services.GetRequiredService<ImportService>();

        public SyncService Sync => _services.GetRequiredService<SyncService>();

        public static async Task<Store> OpenAsync(string baseUrl, string rate)
        {
            var store = new Store();
            Directory.CreateDirectory(store._folder);
            var values = new Dictionary<string, string?> { ["Sync:ArchiveFolder"] = "" };
            foreach (var p in Enum.GetNames<SyncProvider>())
            {
                values[$"Sync:{p}:BaseUrl"] = baseUrl;
                values[$"Sync:{p}:RequestsPerSecond"] = rate;
            }

            store._services = new ServiceCollection()
                .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(store._folder, "m.db") })
                .AddMarketSync(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
                .BuildServiceProvider();
            await store._services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(true);
            return store;
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, true);
        }
    }
}
