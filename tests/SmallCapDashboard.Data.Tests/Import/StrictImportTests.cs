using System.Collections.Concurrent;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

public sealed class StrictImportSqliteTests(SqliteImportDatabase db) : StrictImportTests(db), IClassFixture<SqliteImportDatabase>;

public sealed class StrictImportPostgresTests(PostgresImportDatabase db) : StrictImportTests(db), IClassFixture<PostgresImportDatabase>;

/// <summary>
/// Every case of <see cref="StrictInputCases"/>, written to a temp file and imported through the service (the
/// CLI's and the web's path) into a store that holds real SPY bars and real flows: refused with one line naming
/// the file, the line and the field; the bars, flows and instruments exactly as before; one new ImportRun, Refused.
/// </summary>
public abstract class StrictImportTests(MarketTestDatabase db) : IAsyncLifetime
{
    /// <summary>The store is filled once per database; every case is refused, so it stays as it was.</summary>
    private static readonly ConcurrentDictionary<MarketTestDatabase, Lazy<Task>> Filled = new();

    private readonly TempDir _dir = new();

    private ImportService Service { get; } = new(db, new FixedTime(StrictInputCases.Now));

    public Task InitializeAsync() => Filled.GetOrAdd(db, d => new Lazy<Task>(() => FillAsync(d))).Value;

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(StrictInputCases.Cases), MemberType = typeof(StrictInputCases))]
    public async Task Import_BadFile_RefusedNamingLineAndFieldAndTheStoreIsUnchanged(
        string kind, string name, string content, string? symbol, int? line, string? field, string problem)
    {
        var file = name + ".csv";
        var path = _dir.Write(file, content);
        var before = await db.SnapshotAsync();

        var result = kind == "bars"
            ? await Service.ImportBarsAsync(path, new BarImportOptions { Symbol = symbol })
            : await Service.ImportFlowsAsync(path, new FlowImportOptions { Symbol = symbol });

        var after = await db.SnapshotAsync();
        if (result.Succeeded)
        {
            // Stored wrongly: the next case starts from a freshly filled store.
            Filled.TryRemove(db, out _);
        }

        Assert.Equal(ImportStatus.Refused, result.Status);
        var where = file + (line is null ? "" : $", line {line}") + (field is null ? "" : $", field '{field}'") + ": ";
        Assert.StartsWith(where, result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.Equal(before.Bars, after.Bars);
        Assert.Equal(before.Flows, after.Flows);
        Assert.Equal(before.Instruments, after.Instruments);
        Assert.Equal(before.Runs.Select(r => r.Id), after.Runs.Take(before.Runs.Count).Select(r => r.Id));
        var run = Assert.Single(after.Runs.Skip(before.Runs.Count));
        Assert.Equal(ImportStatus.Refused, run.Status);
        Assert.Equal(0, run.Rows);
        Assert.StartsWith(result.Error!, run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EdgesOfEveryRule_Accepted()
    {
        // Each value sits on the accepted side of a rule: the latest date (the next New York session after Monday
        // 2026-06-01 is 2026-06-02), 1900-01-01, +14:00 and Z offsets, Open 5e-7 below Low (inside the 1e-6
        // tolerance), a price just under 1e7, volume 0, and a ticker with '.', '^', '=' and '-'.
        var bars = _dir.Write("edges.csv",
            "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits,Capital Gains,ticker\n"
            + "1900-01-01 00:00:00+14:00,99.99995,101,100,100.5,0,0.0,0.0,0.0,B.^=-1\n"
            + "2026-06-02T09:30:00Z,9999999.5,9999999.9,9999999,9999999.9,70556500,0.0,0.0,0.0,B.^=-1\n");
        var flows = _dir.Write("RWM-edges.csv",
            "Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management\n"
            + "06/02/2026,ProShares Short Russell2000,RWM,16.00,16.20,-1.23,-0.20,21000,\"$336,000,000.00\"\n");

        var barResult = await Service.ImportBarsAsync(bars, new BarImportOptions());
        var flowResult = await Service.ImportFlowsAsync(flows, new FlowImportOptions());

        Assert.True(barResult.Succeeded, barResult.Error);
        Assert.Equal(["B.^=-1"], barResult.Symbols);
        Assert.Equal(2, barResult.RowsWritten);
        Assert.True(flowResult.Succeeded, flowResult.Error);
        var snapshot = await db.SnapshotAsync();
        Assert.Contains(snapshot.Flows, f => f.Date == new DateOnly(2026, 6, 2) && f.Aum == 336_000_000 && f.Shares == 21_000_000);
        Assert.Contains(snapshot.Bars, b => b.Date == new DateOnly(1900, 1, 1) && b.Open == 99.99995 && b.Volume == 0);
    }

    private static async Task FillAsync(MarketTestDatabase db)
    {
        await db.ResetAsync();
        var service = new ImportService(db, new FixedTime(StrictInputCases.Now));
        var bars = await service.ImportBarsAsync(SharedFiles.Formats("SPY.yahoo.csv"), new BarImportOptions());
        var flows = await service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_shares.csv"), new FlowImportOptions());
        Assert.True(bars.Succeeded && flows.Succeeded, bars.Error ?? flows.Error);
    }
}

/// <summary>A clock standing still at <paramref name="now"/> (timestamps for durations still run).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
