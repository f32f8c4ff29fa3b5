using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

public sealed class FileImportSqliteTests(SqliteImportDatabase db) : FileImportTests(db), IClassFixture<SqliteImportDatabase>;

public sealed class FileImportPostgresTests(PostgresImportDatabase db) : FileImportTests(db), IClassFixture<PostgresImportDatabase>;

/// <summary>
/// <see cref="ImportService.ImportAsync"/>: one entry point for any file (the browser upload), which detects the kind
/// from the content and runs the same strict path as <c>smallcap import bars|flows</c>.
/// </summary>
public abstract class FileImportTests(MarketTestDatabase db) : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    private ImportService Service { get; } = new(db);

    public Task InitializeAsync() => db.ResetAsync();

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ImportAsync_YahooFile_GoesThroughTheBarPathUnderTheFileName()
    {
        var file = _dir.Write("ZZA.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2024-12-26,10,10.5,9.9,10.2,10.2,1000\n2024-12-27,10.2,10.6,10.1,10.4,10.4,1100\n");
        var result = await Service.ImportAsync(file);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("yahoo", result.Format);
        Assert.Equal(["ZZA"], result.Symbols);
        Assert.Equal(2, result.RowsWritten);
        await using var context = db.CreateDbContext();
        Assert.Equal(2, await context.DailyBars.CountAsync(b => b.Instrument!.Symbol == "ZZA"));
        Assert.Equal("bars", await context.ImportRuns.Where(r => r.Id == result.ImportRunId).Select(r => r.Kind).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_LongFlowFile_GoesThroughTheFlowPath()
    {
        var file = _dir.Write("flows.csv", "date,ticker,flow_usd\n2024-12-26,IWM,1000000\n2024-12-27,IWM,-2500000\n");
        var result = await Service.ImportAsync(file);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("long", result.Format);
        Assert.Equal(["IWM"], result.Symbols);
        await using var context = db.CreateDbContext();
        var flows = await context.FundDays.Where(d => d.Instrument!.Symbol == "IWM").OrderBy(d => d.Date).Select(d => d.NetFlow).ToListAsync();
        Assert.Equal([1_000_000d, -2_500_000d], flows);
    }

    [Fact]
    public async Task ImportAsync_BadNumber_RefusedWithLineAndFieldAndNothingButTheRun()
    {
        var file = _dir.Write("ZZB.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2024-12-26,10,10.5,9.9,10.2,10.2,1000\n2024-12-27,10.2,10.6,10.1,x,10.4,1100\n");
        var result = await Service.ImportAsync(file);
        Assert.False(result.Succeeded);
        Assert.StartsWith("ZZB.csv, line 3, field 'Close'", result.Error, StringComparison.Ordinal);
        await using var context = db.CreateDbContext();
        Assert.False(await context.Instruments.AnyAsync(i => i.Symbol == "ZZB"));
        Assert.Equal(1, await context.ImportRuns.CountAsync());
    }

    [Theory]
    [InlineData("iShares-Russell-2000-ETF_fund.xls", "ishares", "IWM")]
    [InlineData("IWM_holdings.csv", "ishares-holdings", "IWM")]
    [InlineData("TNA-2017-08-16.csv", "direxion", "TNA")]
    public async Task ImportAsync_IssuerFile_GoesThroughTheFlowPathAsRealData(string fixture, string format, string symbol)
    {
        var result = await Service.ImportAsync(Path.Combine(Testing.RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", "Issuers", fixture));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(format, result.Format);
        Assert.Equal([symbol], result.Symbols);
        await using var context = db.CreateDbContext();
        Assert.Equal("flows", await context.ImportRuns.Where(r => r.Id == result.ImportRunId).Select(r => r.Kind).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_HtmlLoginPageSavedAsXls_RefusedAsHtmlNotAsBars()
    {
        var result = await Service.ImportAsync(Path.Combine(Testing.RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", "Issuers", "iShares-Russell-2000-ETF_login.xls"));

        Assert.False(result.Succeeded);
        Assert.Contains("HTML page", result.Error, StringComparison.Ordinal);
        await using var context = db.CreateDbContext();
        Assert.Equal("flows", await context.ImportRuns.Where(r => r.Id == result.ImportRunId).Select(r => r.Kind).SingleAsync());
    }

    [Theory]
    [InlineData("login.csv", "<!DOCTYPE html><html><body>Sign in</body></html>", "HTML")]
    [InlineData("what.csv", "a,b,c\n1,2,3\n", "unrecognised header")]
    [InlineData("empty.csv", "", "empty")]
    public async Task ImportAsync_NoKindMatches_RefusedByTheBarPathsMessage(string name, string content, string expected)
    {
        var result = await Service.ImportAsync(_dir.Write(name, content));
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void ImportKinds_EveryKindHasOneEntry()
    {
        var kinds = ImportKinds.All.Select(e => e.Kind).ToList();
        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        Assert.Equal(Enum.GetValues<ImportKind>().Where(k => k != ImportKind.Auto).OrderBy(k => k), kinds.OrderBy(k => k));
    }
}
