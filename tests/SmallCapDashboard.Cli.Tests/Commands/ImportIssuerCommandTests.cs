using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary><c>import flows</c> with issuer files (detected from content) end to end on a fresh SQLite file.</summary>
public sealed class ImportIssuerCommandTests : IAsyncLifetime
{
    private readonly TempDatabase db = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    private static string Fixture(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", "Issuers", name);

    [Fact]
    public async Task ImportFlows_IsharesWorkbook_DetectedStoredAndExportedAsReal()
    {
        var run = (await db.RunAsync("import", "flows", Fixture("iShares-Russell-2000-ETF_fund.xls"))).ShouldSucceed();

        Assert.Contains("Holdings of IWM as of 2017-08-01: 5 line(s), 5 written.", run.Out, StringComparison.Ordinal);
        Assert.Contains("(ishares)", run.Out, StringComparison.Ordinal);
        var export = new ExportedCsv((await db.RunAsync("export", "flows", "--symbol", "IWM")).ShouldSucceed().Out);
        Assert.Equal(["2017-07-26", "2017-07-27", "2017-07-28", "2017-07-31", "2017-08-01"], export.Column("Date"));
        // (243,400,000 − 243,000,000) × 138.50 = 55,400,000; the "--" day and the day after have no flow
        Assert.Equal(["", "55400000", "", "", "-21225000"], export.Column("NetFlow"));
        Assert.All(export.Column("Modelled"), m => Assert.Equal("false", m));
    }

    [Fact]
    public async Task ImportFlows_UnknownIsharesFund_OneLineSayingToUseSymbol()
    {
        var run = await db.RunAsync("import", "flows", RepoPaths.SharedData("issuer", "iShares-Example-Small-Cap-ETF_fund.xls"));

        var line = run.ShouldFailWithOneLine();
        Assert.Contains("'iShares Example Small-Cap ETF' is not in the catalogue", line, StringComparison.Ordinal);
        Assert.Contains("--symbol", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFlows_FormatIsharesOnDirexionFile_Refused()
    {
        var run = await db.RunAsync("import", "flows", Fixture("TNA-2017-08-16.csv"), "--format", "ishares");

        Assert.Contains("not in the IShares format", run.ShouldFailWithOneLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFlows_DirexionWithFormat_StoredUnderTheFilesTicker()
    {
        var run = (await db.RunAsync("import", "flows", Fixture("TNA-2017-08-17.csv"), "--format", "direxion")).ShouldSucceed();

        Assert.Contains("Holdings of TNA as of 2017-08-17: 3 line(s)", run.Out, StringComparison.Ordinal);
    }
}
