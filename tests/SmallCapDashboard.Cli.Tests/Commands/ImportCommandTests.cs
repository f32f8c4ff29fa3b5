using System.Globalization;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary><c>import</c> end to end on a fresh SQLite file, with real rows from ../shared/data/formats.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly TempDatabase db = new();

    /// <summary>Header plus the SPY Yahoo rows of 2017-06 to 2017-08 (a real file's slice; an ex-dividend day inside).</summary>
    private string[] spyLines = [];

    private string spyFile = "";

    public async Task InitializeAsync()
    {
        var all = await File.ReadAllLinesAsync(RepoPaths.SharedData("formats", "SPY.yahoo.csv"));
        spyLines = [all[0], .. all.Where(l => l.StartsWith("2017-06", StringComparison.Ordinal) || l.StartsWith("2017-07", StringComparison.Ordinal) || l.StartsWith("2017-08", StringComparison.Ordinal))];
        spyFile = db.FileBeside("SPYX.yahoo.csv");
        await File.WriteAllLinesAsync(spyFile, spyLines);
    }

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    [Fact]
    public async Task ImportThenExportBars_PriceBasis_RoundTripsTheFileValues()
    {
        (await db.RunAsync("import", "bars", spyFile, "--symbol", "SPYX")).ShouldSucceed();

        var export = new ExportedCsv((await db.RunAsync("export", "bars", "--symbol", "SPYX")).ShouldSucceed().Out);

        var rows = spyLines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(rows.Select(r => r[0]), export.Dates);
        foreach (var r in rows)
        {
            // Yahoo: Open/High/Low/Close are split-adjusted = the price basis, stored as given.
            Assert.Equal(Parse(r[1]), export.Number(r[0], "Open"), 1e-9);
            Assert.Equal(Parse(r[2]), export.Number(r[0], "High"), 1e-9);
            Assert.Equal(Parse(r[3]), export.Number(r[0], "Low"), 1e-9);
            Assert.Equal(Parse(r[4]), export.Number(r[0], "Close"), 1e-9);
            Assert.Equal(Parse(r[6]), export.Number(r[0], "Volume"));
        }
    }

    [Fact]
    public async Task ImportThenExportBars_TotalBasis_DailyMovesFollowAdjClose()
    {
        (await db.RunAsync("import", "bars", spyFile, "--symbol", "SPYX")).ShouldSucceed();

        var export = new ExportedCsv((await db.RunAsync("export", "bars", "--symbol", "SPYX", "--basis", "total")).ShouldSucceed().Out);

        // Total-basis closes move like Yahoo's Adj Close (dividends reinvested), whatever their scale.
        var rows = spyLines.Skip(1).Select(l => l.Split(',')).ToArray();
        var closes = export.Numbers("Close");
        for (var i = 1; i < rows.Length; i++)
        {
            var expected = Parse(rows[i][5]) / Parse(rows[i - 1][5]);
            Assert.True(Math.Abs(closes[i] / closes[i - 1] - expected) < 1e-6, $"{rows[i][0]}: total move {closes[i] / closes[i - 1]}, Adj Close move {expected}");
        }
    }

    [Fact]
    public async Task ImportBars_SameFileTwice_SecondWritesNothing()
    {
        var first = (await db.RunAsync("import", "bars", spyFile, "--symbol", "SPYX")).ShouldSucceed();
        var second = (await db.RunAsync("import", "bars", spyFile, "--symbol", "SPYX")).ShouldSucceed();

        var count = (spyLines.Length - 1).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"{count} written", first.Out, StringComparison.Ordinal);
        Assert.Contains(" 0 written", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBars_HtmlPage_OneLineNamingFileAndLineAndNothingStored()
    {
        (await db.RunAsync("import", "bars", spyFile, "--symbol", "SPYX")).ShouldSucceed();
        var before = (await db.RunAsync("export", "bars", "--symbol", "SPYX")).ShouldSucceed().Out;
        var html = db.FileBeside("quotes.csv");
        await File.WriteAllTextAsync(html, "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please log in</body></html>\n");

        var run = await db.RunAsync("import", "bars", html, "--symbol", "SPYX");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("quotes.csv", line, StringComparison.Ordinal);
        Assert.Contains("line 1", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.Equal(before, (await db.RunAsync("export", "bars", "--symbol", "SPYX")).ShouldSucceed().Out);
    }

    [Theory]
    // Issue 8: an unquoted thousands separator shifted the columns (stored as Close=1, Volume=494.96, exit 0).
    [InlineData("2017-08-18,1,244.00,1,245.00,1,243.00,1,243.50,243.50,70556500", "line 3, field '#8'", "shifts the columns")]
    [InlineData("2017-08-18,244.00,245.00,243.00,\"243,50\",243.50,70556500", "line 3, field 'Close'", "has a comma")]
    [InlineData("2099-06-01,244.00,245.00,243.00,243.50,243.50,70556500", "line 3, field 'Date'", "in the future")]
    public async Task ImportBars_WrongNumber_ExitOneWithOneLineNamingLineAndFieldAndNothingStored(string row, string where, string problem)
    {
        (await db.RunAsync("import", "bars", spyFile, "--symbol", "SPYX")).ShouldSucceed();
        var before = (await db.RunAsync("export", "bars", "--symbol", "SPYX")).ShouldSucceed().Out;
        var bad = db.FileBeside("SPYX.bad.csv");
        await File.WriteAllTextAsync(bad, spyLines[0] + "\n2017-08-17,244.00,245.00,243.00,243.50,243.50,60000000\n" + row + "\n");

        var run = await db.RunAsync("import", "bars", bad, "--symbol", "SPYX");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SPYX.bad.csv, " + where, line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Equal(before, (await db.RunAsync("export", "bars", "--symbol", "SPYX")).ShouldSucceed().Out);
    }

    [Fact]
    public async Task ImportBars_MissingFile_OneLineNamingThePath()
    {
        var missing = db.FileBeside("no-such-file.csv");

        var run = await db.RunAsync("import", "bars", missing);

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-file.csv", line, StringComparison.Ordinal);
        Assert.Contains("not found", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBars_UnknownFormat_OneLineNamingTheOption()
    {
        var run = await db.RunAsync("import", "bars", spyFile, "--format", "bloomberg");

        var line = run.ShouldFailWithOneLine();
        Assert.Contains("--format", line, StringComparison.Ordinal);
        Assert.Contains("bloomberg", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFlows_LongFormatForNamedTicker_ExportsRealRows()
    {
        var file = db.FileBeside("flows.csv");
        await File.WriteAllTextAsync(file, "date,ticker,flow_usd\n2026-01-02,ZZZ,1500000\n2026-01-05,ZZZ,\n2026-01-06,ZZZ,-250000.25\n");
        (await db.RunAsync("import", "bars", spyFile, "--symbol", "ZZZ")).ShouldSucceed();

        (await db.RunAsync("import", "flows", file, "--symbol", "ZZZ")).ShouldSucceed();
        var run = (await db.RunAsync("export", "flows", "--symbol", "ZZZ")).ShouldSucceed();

        var csv = new ExportedCsv(run.Out);
        Assert.Equal("1500000", csv.Cell("2026-01-02", "NetFlow"));
        Assert.Equal("-250000.25", csv.Cell("2026-01-06", "NetFlow"));
        Assert.All(csv.Column("Modelled"), m => Assert.Equal("false", m));
        // A blank flow is "not reported": either not stored or stored with an empty cell, never zero.
        Assert.DoesNotContain(csv.Rows, r => r[0] == "2026-01-05" && r[3] == "0");
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
