using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;

// Freshness: time from an import's commit (ImportService returned, in "another process": its own DI container) to the
// first answer of /export/spread.csv that holds the new bar, while 20 readers poll that URL. Reports; never asserts.
//   dotnet run -c Release --project bench/SmallCapDashboard.Freshness -- sqlite [rounds]
//   SMALLCAP_TEST_POSTGRES="Host=…" dotnet run -c Release --project bench/SmallCapDashboard.Freshness -- postgres [rounds]
var mode = args.Length > 0 ? args[0] : "sqlite";
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var bundle = Path.GetFullPath(Path.Combine(FindRoot(), "data", "bundle"));
const string Url = "/export/spread.csv?small=IWM&large=SPY&range=1m";
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMALLCAPDASHBOARD_WEB", Path.Combine(FindRoot(), "src", "SmallCapDashboard.Web"));

if (mode == "postgres")
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
        await RunAsync("PostgreSQL, two instances, 10 readers each", MarketDataProvider.Postgres, cs, [a, a, a, a, a, a, a, a, a, a, b, b, b, b, b, b, b, b, b, b], [a, b]);
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
        await RunAsync("SQLite, one instance, 20 readers", MarketDataProvider.Sqlite, file, [.. Enumerable.Repeat(host, 20)], [host]);
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

async Task RunAsync(string title, MarketDataProvider provider, string connection, Host[] readers, Host[] instances)
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
    var day = new DateOnly(2025, 12, 24);
    await using var writer = Store(provider, connection);
    var importer = writer.GetRequiredService<ImportService>();
    var started = Stopwatch.GetTimestamp();
    for (var r = 0; r < rounds; r++)
    {
        day = NextWeekday(day);
        await ImportAsync(importer, "SPY", day, 690.0 + r);
        await ImportAsync(importer, "IWM", day, 253.0 + r);
        var committed = Stopwatch.GetTimestamp();
        double worst = 0;
        foreach (var h in instances)
        {
            while (true)
            {
                lock (gate)
                {
                    if (seen.TryGetValue(h, out var s) && s.Date >= day)
                    {
                        worst = Math.Max(worst, Stopwatch.GetElapsedTime(committed, s.At).TotalMilliseconds);
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
    Console.WriteLine($"{title}: commit → new bar on {Url} (slowest instance), {rounds} imports: "
        + $"min {latencies[0]:F0} ms, median {latencies[latencies.Count / 2]:F0} ms, max {latencies[^1]:F0} ms; "
        + $"readers made {requests / seconds:F0} requests/s");
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

/// <summary>One web instance: the app's own Program in a test host over the given database.</summary>
internal sealed class Host(string provider, string connection, string bundle) : WebApplicationFactory<SmallCapDashboard.Web.Hosting.DashboardOptions>
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
    }
}
