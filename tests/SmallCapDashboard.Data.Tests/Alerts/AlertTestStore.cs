using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Alerts;

/// <summary>
/// A migrated store with alerts registered (fast webhook retries), on a temp SQLite file or a fresh randomly named
/// PostgreSQL database (<c>SMALLCAP_TEST_POSTGRES</c>). <see cref="NewInstanceAsync"/> opens a second, independent
/// service provider on the same database: another web instance.
/// </summary>
internal sealed class AlertTestStore : IAsyncDisposable
{
    private readonly MarketDataOptions _options;
    private readonly string? _folder;
    private readonly string? _serverConnectionString;
    private readonly string? _database;
    private readonly List<ServiceProvider> _instances = [];
    private Action<AlertsOptions>? _configure;

    private AlertTestStore(MarketDataOptions options, string? folder, string? server, string? database)
    {
        _options = options;
        _folder = folder;
        _serverConnectionString = server;
        _database = database;
    }

    public ServiceProvider Services => _instances[0];

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<AlertTestStore> SqliteAsync(Action<AlertsOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "smallcap-alerts-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var store = new AlertTestStore(
            new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(folder, "market.db") }, folder, null, null)
        {
            _configure = configure,
        };
        await store.NewInstanceAsync();
        await store.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        return store;
    }

    public static async Task<AlertTestStore> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("SMALLCAP_TEST_POSTGRES is not set: PostgreSQL tests need a server (run bash scripts/test.sh).");
        var name = "smallcap_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        var store = new AlertTestStore(new MarketDataOptions { Provider = MarketDataProvider.Postgres, ConnectionString = cs }, null, server, name);
        await store.NewInstanceAsync();
        await store.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        return store;
    }

    /// <summary>Another independent set of services (its own context factory, HTTP clients, caches) on the same database.</summary>
    public Task<ServiceProvider> NewInstanceAsync()
    {
        var services = new ServiceCollection()
            .AddMarketData(_options)
            .AddAlerts(o =>
            {
                o.Webhook.MaxRetries = 3;
                o.Webhook.RetryDelay = TimeSpan.FromMilliseconds(20);
                o.Webhook.AttemptTimeout = TimeSpan.FromSeconds(5);
                _configure?.Invoke(o);
            })
            .BuildServiceProvider(validateScopes: true);
        _instances.Add(services);
        return Task.FromResult(services);
    }

    public async Task<MarketDbContext> ContextAsync() =>
        await Get<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync();

    /// <summary>Adds an instrument (when new) and its closes (open = high = low = close).</summary>
    public async Task AddBarsAsync(string symbol, DateOnly[] dates, double[] closes, SizeGroup group = SizeGroup.None, InstrumentKind kind = InstrumentKind.Etf)
    {
        await using var db = await ContextAsync();
        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.Symbol == symbol);
        if (instrument is null)
        {
            instrument = new Instrument { Symbol = symbol, Name = symbol, SizeGroup = group, Kind = kind };
            db.Instruments.Add(instrument);
        }

        for (var i = 0; i < dates.Length; i++)
        {
            instrument.Bars.Add(new DailyBar
            {
                Date = dates[i], Open = closes[i], High = closes[i], Low = closes[i], Close = closes[i], Volume = 1000,
                TotalReturnFactor = 1.0, Source = "test",
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Adds fund days with the given net flows (null = not reported).</summary>
    public async Task AddFlowsAsync(string symbol, DateOnly[] dates, double?[] flows, bool modelled)
    {
        await using var db = await ContextAsync();
        var instrument = await db.Instruments.SingleAsync(i => i.Symbol == symbol);
        for (var i = 0; i < dates.Length; i++)
        {
            db.FundDays.Add(new FundDay
            {
                InstrumentId = instrument.Id, Date = dates[i], NetFlow = flows[i], Source = modelled ? "model" : "issuer", Modelled = modelled,
            });
        }

        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _instances)
        {
            await s.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_serverConnectionString is not null)
        {
            await ExecuteOnServerAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
