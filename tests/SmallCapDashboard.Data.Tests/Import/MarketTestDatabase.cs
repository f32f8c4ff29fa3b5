using Microsoft.EntityFrameworkCore;
using Npgsql;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>
/// A real database for importer tests: a SQLite file in a temp folder, or a fresh randomly named PostgreSQL
/// database on the server in <c>SMALLCAP_TEST_POSTGRES</c> (dropped on dispose). Each test starts by
/// <see cref="ResetAsync"/>.
/// </summary>
public abstract class MarketTestDatabase : IAsyncLifetime, IDbContextFactory<MarketDbContext>
{
    public abstract DbContextOptions<MarketDbContext> Options { get; }

    public MarketDbContext CreateDbContext() => new(Options);

    public virtual async Task InitializeAsync()
    {
        await using var context = CreateDbContext();
        await context.Database.EnsureCreatedAsync();
    }

    public abstract Task DisposeAsync();

    /// <summary>Empties every table the importer touches.</summary>
    public async Task ResetAsync()
    {
        await using var context = CreateDbContext();
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
        return new Snapshot(instruments, bars, flows, runs);
    }

    public sealed record BarRow(int InstrumentId, DateOnly Date, double Open, double High, double Low, double Close, double Volume, double Factor, string Source);

    public sealed record FlowRow(int InstrumentId, DateOnly Date, double? Shares, double? Nav, double? NetFlow, double? Aum, string Source, bool Modelled);

    public sealed record Snapshot(List<string> Instruments, List<BarRow> Bars, List<FlowRow> Flows, List<ImportRun> Runs);
}

/// <summary>A SQLite database file in a temp folder.</summary>
public sealed class SqliteTestDatabase : MarketTestDatabase
{
    private readonly TempDir _dir = new();

    public SqliteTestDatabase()
    {
        Options = new DbContextOptionsBuilder<MarketDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dir.Path, "market.db")};Pooling=False")
            .Options;
    }

    public override DbContextOptions<MarketDbContext> Options { get; }

    public override Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A fresh, randomly named database on the PostgreSQL server of <c>SMALLCAP_TEST_POSTGRES</c>.</summary>
public sealed class PostgresTestDatabase : MarketTestDatabase
{
    private readonly string _server;
    private readonly string _name = "smallcap_import_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresTestDatabase()
    {
        _server = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES") is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException(
                "SMALLCAP_TEST_POSTGRES is not set: PostgreSQL tests need a server (bash scripts/test.sh starts one)");
        var database = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
        Options = new DbContextOptionsBuilder<MarketDbContext>().UseNpgsql(database).Options;
    }

    public override DbContextOptions<MarketDbContext> Options { get; }

    public override async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(_server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
