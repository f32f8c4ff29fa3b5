using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

public sealed class RefusedImportSqliteTests(SqliteImportDatabase db) : RefusedImportTests(db), IClassFixture<SqliteImportDatabase>;

public sealed class RefusedImportPostgresTests(PostgresImportDatabase db) : RefusedImportTests(db), IClassFixture<PostgresImportDatabase>;

/// <summary>
/// Every bad input, through the service against a store that already holds bars and flows: refused with one
/// line naming file, line and field; the stored bars, flows and instruments are exactly as before; the only
/// new row is one ImportRun with status Refused.
/// </summary>
public abstract class RefusedImportTests(MarketTestDatabase db) : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    protected ImportService Service { get; } = new(db);

    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        var bars = await Service.ImportBarsAsync(SharedFiles.Formats("SPY.yahoo.csv"), new BarImportOptions());
        var flows = await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_shares.csv"), new FlowImportOptions());
        Assert.True(bars.Succeeded && flows.Succeeded, bars.Error ?? flows.Error);
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(BadBarInputTests.Cases), MemberType = typeof(BadBarInputTests))]
    public async Task ImportBars_BadInput_RefusedAndNothingChanges(string name, string content, int? line, string? field, string problem)
    {
        // Named after a stored symbol so a partial write would show in the SPY bars.
        var path = _dir.Write($"SPY.{name}.csv", content);

        await AssertRefusedAsync(() => Service.ImportBarsAsync(path, new BarImportOptions()), $"SPY.{name}.csv", line, field, problem);
    }

    [Theory]
    [MemberData(nameof(FlowFileReaderTests.Cases), MemberType = typeof(FlowFileReaderTests))]
    public async Task ImportFlows_BadInput_RefusedAndNothingChanges(string name, string content, int? line, string? field, string problem)
    {
        var path = _dir.Write(name + ".csv", content);

        await AssertRefusedAsync(() => Service.ImportFlowsAsync(path, new FlowImportOptions()), name + ".csv", line, field, problem);
    }

    [Fact]
    public async Task ImportBars_TenMegabyteLine_RefusedAndNothingChanges()
    {
        var path = Path.Combine(_dir.Path, "SPY.huge.csv");
        await using (var w = new StreamWriter(path))
        {
            await w.WriteAsync("Date,Open,High,Low,Close,Adj Close,Volume\n2024-09-13,1,2,1,1,1,1\n2024-09-16,");
            await w.WriteAsync(new string('1', 10 * 1024 * 1024));
            await w.WriteAsync(",2,1,1,1,1\n");
        }

        await AssertRefusedAsync(() => Service.ImportBarsAsync(path, new BarImportOptions()), "SPY.huge.csv", 3, null, "longer than");
    }

    [Fact]
    public async Task ImportBars_ValidRowsThenABadRow_RefusedWithoutTheValidRows()
    {
        // New dates after the stored SPY series, then a bad price on line 4: none of the valid rows may land.
        var path = _dir.Write("SPY.tail.csv",
            "Date,Open,High,Low,Close,Adj Close,Volume\n2024-09-13,560,562,558,561,561,100\n2024-09-16,561,563,559,562,562,100\n2024-09-17,561,563,559,-1,562,100\n");

        await AssertRefusedAsync(() => Service.ImportBarsAsync(path, new BarImportOptions()), "SPY.tail.csv", 4, "Close", "not above zero");
    }

    [Fact]
    public async Task ImportBars_MissingFile_RefusedAndRecorded()
    {
        await AssertRefusedAsync(() => Service.ImportBarsAsync(Path.Combine(_dir.Path, "nope.csv"), new BarImportOptions()), "nope.csv", null, null, "not found");
    }

    private async Task AssertRefusedAsync(Func<Task<ImportResult>> import, string file, int? line, string? field, string problem)
    {
        var before = await db.SnapshotAsync();

        var result = await import();

        var after = await db.SnapshotAsync();
        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.StartsWith(file, result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        if (line is not null)
        {
            Assert.Contains($"line {line}", result.Error, StringComparison.Ordinal);
        }

        if (field is not null)
        {
            Assert.Contains($"field '{field}'", result.Error, StringComparison.Ordinal);
            Assert.Equal(field, result.RefusedField);
        }

        Assert.DoesNotContain('\n', result.Error!);
        Assert.Equal(before.Bars, after.Bars);
        Assert.Equal(before.Flows, after.Flows);
        Assert.Equal(before.Instruments, after.Instruments);
        Assert.Equal(before.Runs.Select(r => r.Id), after.Runs.Take(before.Runs.Count).Select(r => r.Id));
        var run = Assert.Single(after.Runs.Skip(before.Runs.Count));
        Assert.Equal(ImportStatus.Refused, run.Status);
        Assert.Equal(0, run.Rows);
        Assert.StartsWith(result.Error!, run.Message, StringComparison.Ordinal);
        Assert.Equal(result.ImportRunId, run.Id);
    }
}
