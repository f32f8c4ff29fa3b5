using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Sync.Schedule;
using SmallCapDashboard.Data.Tests.Import;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Data.Tests.Sync;

/// <summary>
/// A migrated SQLite file, the stand-in upstream on loopback with every provider's base URL pointing at it, short
/// timeouts, and a clock set by the test (the sync's "now"; the HTTP pipeline keeps real time for its delays).
/// </summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    private readonly TempDir _dir = new();
    private ServiceProvider _services = null!;
    private bool _ownsUpstream = true;

    private SyncHarness(UpstreamStandIn upstream) => Upstream = upstream;

    public UpstreamStandIn Upstream { get; }

    /// <summary>2026-01-07 12:00 New York (17:00 UTC): Wednesday's session is open, Tuesday's closed.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 7, 17, 0, 0, TimeSpan.Zero));

    public List<DataChange> Changes { get; } = [];

    public string ArchiveFolder => Path.Combine(_dir.Path, "archive");

    public IDbContextFactory<MarketDbContext> Db => _services.GetRequiredService<IDbContextFactory<MarketDbContext>>();

    /// <param name="settings">Configuration overrides (<c>Sync:…</c>).</param>
    /// <param name="store">Another database than a fresh SQLite file (a second instance on the same PostgreSQL database).</param>
    /// <param name="upstream">A stand-in shared with another harness (not disposed by this one).</param>
    public static async Task<SyncHarness> StartAsync(Dictionary<string, string?>? settings = null, MarketDataOptions? store = null, UpstreamStandIn? upstream = null)
    {
        var harness = new SyncHarness(upstream ?? await UpstreamStandIn.StartAsync()) { _ownsUpstream = upstream is null };
        var values = new Dictionary<string, string?>
        {
            ["Sync:ArchiveFolder"] = harness.ArchiveFolder,
        };
        foreach (var provider in Enum.GetNames<SyncProvider>())
        {
            values[$"Sync:{provider}:BaseUrl"] = harness.Upstream.BaseUrl;
            values[$"Sync:{provider}:AttemptTimeout"] = "00:00:01";
            values[$"Sync:{provider}:TotalTimeout"] = "00:00:10";
            values[$"Sync:{provider}:MaxRetries"] = "1";
            values[$"Sync:{provider}:RetryDelay"] = "00:00:00.050";
            values[$"Sync:{provider}:RequestsPerSecond"] = "1000";
        }

        foreach (var (k, v) in settings ?? [])
        {
            values[k] = v;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddMarketData(store ?? new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(harness._dir.Path, "market.db") })
            .AddMarketSync(configuration);
        services.AddSingleton<IDataChangeListener>(new Recorder(harness.Changes));
        harness._services = services.BuildServiceProvider(validateScopes: true);
        await harness._services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        return harness;
    }

    /// <summary>A sync service on the test's clock.</summary>
    public SyncService Service() => ActivatorUtilities.CreateInstance<SyncService>(_services, (TimeProvider)Clock);

    /// <summary>A scheduler on the test's clock (what <c>AddSyncSchedule</c> hosts in the web app).</summary>
    public SyncScheduler Scheduler() => ActivatorUtilities.CreateInstance<SyncScheduler>(
        _services, (TimeProvider)Clock, new SyncLock(_services.GetRequiredService<IOptions<MarketDataOptions>>()));

    public IServiceProvider Services => _services;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<SyncReport> RunAsync(SyncRequest request) => Service().RunAsync(request);

    /// <summary>Stored bars of a symbol, ascending.</summary>
    public async Task<List<Entities.DailyBar>> BarsAsync(string symbol)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.DailyBars.AsNoTracking().Where(b => b.Instrument!.Symbol == symbol).OrderBy(b => b.Date).ToListAsync();
    }

    public async Task<List<Entities.ImportRun>> RunsAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.ImportRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsUpstream)
        {
            await Upstream.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private sealed class Recorder(List<DataChange> changes) : IDataChangeListener
    {
        public Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken)
        {
            lock (changes)
            {
                changes.Add(change);
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>Chart API v8 bodies in the real shape, written from the values a test gives (numbers as literals).</summary>
internal static class YahooJson
{
    /// <summary>09:30 New York of the January 2026 sessions (EST, UTC−5), in Unix seconds.</summary>
    public const long Jan02 = 1767364200, Jan05 = 1767623400, Jan06 = 1767709800, Jan07 = 1767796200, Jan08 = 1767882600;

    public const string NotFound = """{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}""";

    /// <summary>A chart with one row per timestamp; null values are written as JSON null.</summary>
    public static string Chart(string symbol, long[] ts, double?[] open, double?[] high, double?[] low, double?[] close, double?[] adj, long?[] volume, string events = "")
    {
        static string A<T>(IEnumerable<T> xs) => "[" + string.Join(",", xs.Select(x => x is null ? "null" : Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))) + "]";
        var ev = events.Length == 0 ? "" : $"\"events\":{{{events}}},";
        return $$$"""
            {"chart":{"result":[{"meta":{"currency":"USD","symbol":"{{{symbol}}}","exchangeName":"PCX","instrumentType":"ETF","firstTradeDate":959347800,"regularMarketTime":1767819600,"gmtoffset":-18000,"timezone":"EST","exchangeTimezoneName":"America/New_York","regularMarketPrice":{{{close[^1]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"}}},"dataGranularity":"1d","range":""},
            "timestamp":{{{A(ts)}}},{{{ev}}}
            "indicators":{"quote":[{"volume":{{{A(volume)}}},"open":{{{A(open)}}},"high":{{{A(high)}}},"close":{{{A(close)}}},"low":{{{A(low)}}}}],"adjclose":[{"adjclose":{{{A(adj)}}}}]}}],"error":null}}
            """;
    }
}
