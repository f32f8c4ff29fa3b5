using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Sync.Schedule;
using SmallCapDashboard.Testing;

// Freshness: time from an import's commit (ImportService returned, in "another process": its own DI container) to the
// first answer of /export/spread.csv that holds the new bar, while 20 readers poll that URL. Reports; never asserts.
//   dotnet run -c Release --project bench/SmallCapDashboard.Freshness -- sqlite [rounds]
//   SMALLCAP_TEST_POSTGRES="Host=…" dotnet run -c Release --project bench/SmallCapDashboard.Freshness -- postgres [rounds]
//   SMALLCAP_TEST_POSTGRES="Host=…" dotnet run -c Release --project bench/SmallCapDashboard.Freshness -- postgres-sync [rounds]
// postgres-sync: the new bars come from a refresh instead of an import: two instances over one PostgreSQL database, a
// loopback stand-in serving Yahoo chart v8 JSON with one more session each round, SyncScheduler.RunNowAsync on
// instance A (the scheduled job's own run path, under its advisory lock); measured from SPY's sync import commit (a
// data-change listener in A) to each instance's first CSV answer holding the new date.
var mode = args.Length > 0 ? args[0] : "sqlite";
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var bundle = Path.GetFullPath(Path.Combine(FindRoot(), "data", "bundle"));
const string Url = "/export/spread.csv?small=IWM&large=SPY&range=1m";
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMALLCAPDASHBOARD_WEB", Path.Combine(FindRoot(), "src", "SmallCapDashboard.Web"));

if (mode == "postgres-sync")
{
    var server = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES") ?? throw new InvalidOperationException("set SMALLCAP_TEST_POSTGRES");
    var name = "smallcap_bench_" + Guid.NewGuid().ToString("N")[..12];
    await OnServerAsync(server, $"CREATE DATABASE \"{name}\"");
    var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    try
    {
        await using (var setup = Store(MarketDataProvider.Postgres, cs))
        {
            await setup.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
            await setup.GetRequiredService<Seeder>().SeedAsync();
        }

        await using var upstream = await UpstreamStandIn.StartAsync();
        var sync = new Dictionary<string, string?>
        {
            ["Sync:Schedule"] = "off",
            ["Sync:ArchiveFolder"] = "",
            ["Logging:LogLevel:SmallCapDashboard.Data.Sync"] = "Error", // the stand-in knows IWM and SPY only: the rest is 404
        };
        foreach (var p in Enum.GetNames<SyncProvider>())
        {
            sync[$"Sync:{p}:BaseUrl"] = upstream.BaseUrl;
            sync[$"Sync:{p}:RequestsPerSecond"] = "1000";
            sync[$"Sync:{p}:MaxRetries"] = "0";
        }

        var commits = new CommitStamp("SPY");
        await using var a = new Host("Postgres", cs, bundle, sync, commits);
        await using var b = new Host("Postgres", cs, bundle, sync);
        var series = new Dictionary<string, List<Bar>>
        {
            ["IWM"] = [.. ReadBars(Path.Combine(bundle, "prices", "IWM.csv")).TakeLast(10)],
            ["SPY"] = [.. ReadBars(Path.Combine(bundle, "prices", "SPY.csv")).TakeLast(10)],
        };
        var scheduler = a.Services.GetRequiredService<SyncScheduler>();
        await RunAsync("PostgreSQL, two instances, 10 readers each, scheduled refresh (RunNowAsync on A)", [a, a, a, a, a, a, a, a, a, a, b, b, b, b, b, b, b, b, b, b], [a, b], async (round, day) =>
        {
            foreach (var (symbol, rows) in series)
            {
                var last = rows[^1];
                var close = last.Close * (1 + 0.001 * (round + 1));
                rows.Add(new Bar(day, close, close, close, close, 20_000_000, last.Factor));
                upstream.On($"/v8/finance/chart/{symbol}", UpstreamStandIn.Text(200, ChartJson(symbol, rows)));
            }

            commits.Reset();
            var refresh = scheduler.RunNowAsync();
            var committed = await commits.NextAsync();
            var result = await refresh;
            if (result.Outcome != RefreshOutcome.Ran || result.Report!.Outcomes.Where(o => o.Symbol is "IWM" or "SPY" && o.Provider == SyncProvider.Yahoo).Any(o => o.Status != SyncStatus.Updated))
            {
                throw new InvalidOperationException($"the refresh did not store the new bars: {result.Outcome} "
                    + string.Join("; ", result.Report?.Outcomes.Where(o => o.Symbol is "IWM" or "SPY").Select(o => o.Message) ?? []));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: refresh {result.Report!.Elapsed.TotalMilliseconds:0} ms in all ({result.Report.Outcomes.Count} symbol/source lines, {upstream.Requests.Count} requests so far)"));
            return committed;
        });
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}
else if (mode == "postgres")
{
    var server = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES") ?? throw new InvalidOperationException("set SMALLCAP_TEST_POSTGRES");
    var name = "smallcap_bench_" + Guid.NewGuid().ToString("N")[..12];
    await OnServerAsync(server, $"CREATE DATABASE \"{name}\"");
    var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    try
    {
        await using (var setup = Store(MarketDataProvider.Postgres, cs))
        {
            await setup.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
            await setup.GetRequiredService<Seeder>().SeedAsync();
        }

        await using var a = new Host("Postgres", cs, bundle);
        await using var b = new Host("Postgres", cs, bundle);
        await using var writer = Store(MarketDataProvider.Postgres, cs);
        await RunAsync("PostgreSQL, two instances, 10 readers each", [a, a, a, a, a, a, a, a, a, a, b, b, b, b, b, b, b, b, b, b], [a, b], ImportRound(writer));
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}
else
{
    var file = Path.Combine(Path.GetTempPath(), $"smallcap-bench-{Guid.NewGuid():N}.db");
    try
    {
        await using var host = new Host("Sqlite", file, bundle);
        await using (var writer = Store(MarketDataProvider.Sqlite, file))
        {
            await RunAsync("SQLite, one instance, 20 readers", [.. Enumerable.Repeat(host, 20)], [host], ImportRound(writer));
        }
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }
}

// One round's write: new bars for SPY and IWM on day, through "another process"'s ImportService; returns the commit time.
Func<int, DateOnly, Task<long>> ImportRound(ServiceProvider writer) => async (round, day) =>
{
    var importer = writer.GetRequiredService<ImportService>();
    await ImportAsync(importer, "SPY", day, 690.0 + round);
    await ImportAsync(importer, "IWM", day, 253.0 + round);
    return Stopwatch.GetTimestamp();
};

async Task RunAsync(string title, Host[] readers, Host[] instances, Func<int, DateOnly, Task<long>> write)
{
    foreach (var h in instances)
    {
        await h.Client.GetStringAsync(Url); // start, seed (SQLite) and warm each instance
    }

    using var stop = new CancellationTokenSource();
    var seen = new Dictionary<Host, (DateOnly Date, long At)>();
    var gate = new object();
    var requests = 0L;
    var tasks = readers.Select(h => Task.Run(async () =>
    {
        var client = h.CreateClient();
        while (!stop.IsCancellationRequested)
        {
            var last = LastDate(await client.GetStringAsync(Url));
            var at = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref requests);
            lock (gate)
            {
                if (!seen.TryGetValue(h, out var s) || s.Date < last)
                {
                    seen[h] = (last, at);
                }
            }
        }
    })).ToArray();

    var latencies = new List<double>();
    var perInstance = instances.ToDictionary(h => h, _ => new List<double>());
    var day = new DateOnly(2025, 12, 24);
    var started = Stopwatch.GetTimestamp();
    for (var r = 0; r < rounds; r++)
    {
        day = NextWeekday(day);
        var committed = await write(r, day);
        double worst = 0;
        foreach (var h in instances)
        {
            while (true)
            {
                lock (gate)
                {
                    if (seen.TryGetValue(h, out var s) && s.Date >= day)
                    {
                        var ms = Stopwatch.GetElapsedTime(committed, s.At).TotalMilliseconds;
                        perInstance[h].Add(ms);
                        worst = Math.Max(worst, ms);
                        break;
                    }
                }

                await Task.Delay(5);
            }
        }

        latencies.Add(worst);
        await Task.Delay(1500);
    }

    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    await stop.CancelAsync();
    await Task.WhenAll(tasks);
    latencies.Sort();
    Console.WriteLine($"{title}: commit → new bar on {Url} (slowest instance), {rounds} rounds: "
        + $"min {latencies[0]:F0} ms, median {latencies[latencies.Count / 2]:F0} ms, max {latencies[^1]:F0} ms; "
        + $"readers made {requests / seconds:F0} requests/s");
    if (instances.Length > 1)
    {
        for (var i = 0; i < instances.Length; i++)
        {
            var l = perInstance[instances[i]];
            l.Sort();
            Console.WriteLine($"  instance {(char)('A' + i)}: min {l[0]:F0} ms, median {l[l.Count / 2]:F0} ms, max {l[^1]:F0} ms ({string.Join(", ", l.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))})");
        }
    }
}

static async Task ImportAsync(ImportService importer, string symbol, DateOnly day, double close)
{
    var file = Path.Combine(Path.GetTempPath(), $"bench-{symbol}-{Guid.NewGuid():N}.csv");
    var c = close.ToString("R", CultureInfo.InvariantCulture);
    await File.WriteAllLinesAsync(file, ["Date,Open,High,Low,Close,Adj Close,Volume", $"{day:yyyy-MM-dd},{c},{c},{c},{c},{c},20000000"]);
    try
    {
        var result = await importer.ImportBarsAsync(file, new BarImportOptions { Symbol = symbol, Format = BarFormat.Yahoo });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }
    }
    finally
    {
        File.Delete(file);
    }
}

static ServiceProvider Store(MarketDataProvider provider, string connection) =>
    new ServiceCollection().AddLogging().AddMarketData(new MarketDataOptions { Provider = provider, ConnectionString = connection }).BuildServiceProvider();

static DateOnly NextWeekday(DateOnly d)
{
    do
    {
        d = d.AddDays(1);
    }
    while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    return d;
}

static DateOnly LastDate(string csv) =>
    DateOnly.ParseExact(csv.TrimEnd('\n')[(csv.TrimEnd('\n').LastIndexOf('\n') + 1)..][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

static async Task OnServerAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmallCapDashboard.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}

static IEnumerable<Bar> ReadBars(string path) => File.ReadLines(path).Skip(1).Select(l =>
{
    var f = l.Split(',');
    double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
    return new Bar(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), D(1), D(2), D(3), D(4), D(5), D(6));
});

// Yahoo chart v8 JSON for the rows (timestamps at 09:30 New York, adjclose = close × the stored total-return factor).
static string ChartJson(string symbol, List<Bar> rows)
{
    string A(Func<Bar, double> f) => "[" + string.Join(",", rows.Select(r => f(r).ToString("R", CultureInfo.InvariantCulture))) + "]";
    var ts = "[" + string.Join(",", rows.Select(r =>
    {
        var local = r.Date.ToDateTime(new TimeOnly(9, 30));
        return new DateTimeOffset(local, MarketCalendar.NewYork.GetUtcOffset(local)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    })) + "]";
    return $$$"""{"chart":{"result":[{"meta":{"currency":"USD","symbol":"{{{symbol}}}","exchangeTimezoneName":"America/New_York"},"timestamp":{{{ts}}},"indicators":{"quote":[{"open":{{{A(r => r.Open)}}},"high":{{{A(r => r.High)}}},"low":{{{A(r => r.Low)}}},"close":{{{A(r => r.Close)}}},"volume":{{{A(r => r.Volume)}}}}],"adjclose":[{"adjclose":{{{A(r => r.Close * r.Factor)}}}}]}}],"error":null}}""";
}

internal sealed record Bar(DateOnly Date, double Open, double High, double Low, double Close, double Volume, double Factor);

/// <summary>Stamps the commit of the sync import of one symbol (data changes are announced after the commit).</summary>
internal sealed class CommitStamp(string symbol) : IDataChangeListener
{
    private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Reset() => _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<long> NextAsync() => _next.Task;

    public Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken)
    {
        var at = Stopwatch.GetTimestamp();
        if (change.Kind == DataChangeKind.Sync && change.Symbols.Contains(symbol))
        {
            _next.TrySetResult(at);
        }

        return Task.CompletedTask;
    }
}

/// <summary>One web instance: the app's own Program in a test host over the given database.</summary>
internal sealed class Host(string provider, string connection, string bundle, Dictionary<string, string?>? settings = null, IDataChangeListener? listener = null)
    : WebApplicationFactory<SmallCapDashboard.Web.Hosting.DashboardOptions>
{
    public HttpClient Client => _client ??= CreateClient();

    private HttpClient? _client;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Market", connection);
        builder.UseSetting("Database:BundleFolder", bundle);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        if (listener is not null)
        {
            builder.ConfigureServices(s => s.AddSingleton(listener));
        }
    }
}
