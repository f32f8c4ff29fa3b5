using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>
/// A real, migrated database for importer tests, registered with the store's <c>AddMarketData</c> and brought
/// up by <see cref="MarketDatabase.EnsureReadyAsync"/> (the provider's own migrations): a SQLite file in a temp
/// folder, or a fresh randomly named PostgreSQL database on the server in <c>SMALLCAP_TEST_POSTGRES</c>
/// (dropped on dispose). Each test starts with <see cref="ResetAsync"/>.
/// </summary>
public abstract class MarketTestDatabase : IAsyncLifetime, IDbContextFactory<MarketDbContext>
{
    private ServiceProvider? _services;

    public MarketDbContext CreateDbContext() =>
        (_services ?? throw new InvalidOperationException("not initialised")).GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContext();

    public virtual async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddMarketData(Options()).BuildServiceProvider(validateScopes: true);
        await _services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
    }

    public virtual async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>Empties every table the importer touches.</summary>
    public async Task ResetAsync()
    {
        await using var context = CreateDbContext();
        await context.Holdings.ExecuteDeleteAsync();
        await context.HoldingsSnapshots.ExecuteDeleteAsync();
        await context.FundDays.ExecuteDeleteAsync();
        await context.DailyBars.ExecuteDeleteAsync();
        await context.ImportRuns.ExecuteDeleteAsync();
        await context.Instruments.ExecuteDeleteAsync();
    }

    /// <summary>Everything stored, in a comparable form (records compare by value).</summary>
    public async Task<Snapshot> SnapshotAsync()
    {
        await using var context = CreateDbContext();
        var instruments = await context.Instruments.AsNoTracking().OrderBy(i => i.Symbol)
            .Select(i => $"{i.Id}|{i.Symbol}|{i.Kind}").ToListAsync();
        var bars = await context.DailyBars.AsNoTracking().OrderBy(b => b.InstrumentId).ThenBy(b => b.Date)
            .Select(b => new BarRow(b.InstrumentId, b.Date, b.Open, b.High, b.Low, b.Close, b.Volume, b.TotalReturnFactor, b.Source))
            .ToListAsync();
        var flows = await context.FundDays.AsNoTracking().OrderBy(f => f.InstrumentId).ThenBy(f => f.Date)
            .Select(f => new FlowRow(f.InstrumentId, f.Date, f.SharesOutstanding, f.Nav, f.NetFlow, f.Aum, f.Source, f.Modelled))
            .ToListAsync();
        var runs = await context.ImportRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var holdings = await context.Holdings.AsNoTracking().OrderBy(h => h.SnapshotId).ThenBy(h => h.Position)
            .Select(h => $"{h.Snapshot!.InstrumentId}|{h.Snapshot.AsOf:yyyy-MM-dd}|{h.Snapshot.Source}|{h.Position}|{h.Ticker}|{h.Name}|{h.Sector}|{h.MarketValue}|{h.WeightPercent}|{h.Quantity}|{h.Price}")
            .ToListAsync();
        return new Snapshot(instruments, bars, flows, runs, holdings);
    }

    protected abstract MarketDataOptions Options();

    public sealed record BarRow(int InstrumentId, DateOnly Date, double Open, double High, double Low, double Close, double Volume, double Factor, string Source);

    public sealed record FlowRow(int InstrumentId, DateOnly Date, double? Shares, double? Nav, double? NetFlow, double? Aum, string Source, bool Modelled);

    public sealed record Snapshot(List<string> Instruments, List<BarRow> Bars, List<FlowRow> Flows, List<ImportRun> Runs, List<string> Holdings);
}

/// <summary>A migrated SQLite database file in a temp folder.</summary>
public sealed class SqliteImportDatabase : MarketTestDatabase
{
    private readonly TempDir _dir = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    protected override MarketDataOptions Options() =>
        new() { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(_dir.Path, "market.db") };
}

/// <summary>A fresh, randomly named, migrated database on the PostgreSQL server of <c>SMALLCAP_TEST_POSTGRES</c>.</summary>
public sealed class PostgresImportDatabase : MarketTestDatabase
{
    private readonly string _name = "smallcap_import_" + Guid.NewGuid().ToString("N")[..12];
    private string _server = "";

    public override async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES") is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException(
                "SMALLCAP_TEST_POSTGRES is not set: PostgreSQL tests need a server (bash scripts/test.sh starts one)");
        await OnServerAsync($"CREATE DATABASE \"{_name}\"");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_server.Length > 0)
        {
            await OnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }
    }

    protected override MarketDataOptions Options() => new()
    {
        Provider = MarketDataProvider.Postgres,
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString,
    };

    private async Task OnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
