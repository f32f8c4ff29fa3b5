using System.Globalization;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Bundle;

/// <summary><c>seed</c>, <c>status</c>, <c>export flows</c>, errors and imports on the seeded bundle.</summary>
[Collection(SeededBundleCollection.Name)]
public sealed class CommandsOnBundleTests(SeededBundle bundle)
{
    private static readonly string[] BundledSymbols = ["IWM", "IJR", "SPY", "DIA", "QQQ", "TNA", "TZA", "RWM", "TWM", "SRTY", "^RUT", "^GSPC"];

    [Fact]
    public async Task Status_SeededBundle_ListsEveryBundledSymbolWithItsLastDate()
    {
        var run = (await bundle.Db.RunAsync("status")).ShouldSucceed();

        var lines = run.Out.Split('\n');
        foreach (var symbol in BundledSymbols)
        {
            Assert.Contains(lines, l => l.StartsWith(symbol + " ", StringComparison.Ordinal));
        }

        // Last dates as the bundle's manifest states them (data/README: ETFs 2025-12-24, DIA 2025-12-02, indices 2024-09-12).
        Assert.Contains("2025-12-24", Line(lines, "IWM"), StringComparison.Ordinal);
        Assert.Contains("2025-12-02", Line(lines, "DIA"), StringComparison.Ordinal);
        Assert.Contains("2024-09-12", Line(lines, "^RUT"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_Again_ChangesNothing()
    {
        await using var copy = bundle.Copy();
        var before = (await copy.RunAsync("export", "bars", "--symbol", "TZA")).ShouldSucceed().Out;

        var run = (await copy.RunAsync("seed")).ShouldSucceed();

        Assert.Contains("nothing changed", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, (await copy.RunAsync("export", "bars", "--symbol", "TZA")).ShouldSucceed().Out);
    }

    [Fact]
    public async Task ExportFlows_Iwm_RealRowsFlaggedFalseModelledRowsFlaggedTrue()
    {
        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "flows", "--symbol", "IWM", "--from", "2025-12-01")).ShouldSucceed().Out);

        Assert.Equal(["Date", "SharesOutstanding", "Nav", "NetFlow", "Aum", "Source", "Modelled"], csv.Header);
        // The bundle's real flows are 2026 (isaergun); before that only the labelled model covers IWM.
        Assert.All(csv.Rows.Where(r => string.CompareOrdinal(r[0], "2026-01-01") < 0), r => Assert.Equal("true", r[6]));
        var real = csv.Rows.Where(r => r[6] == "false").ToArray();
        Assert.NotEmpty(real);
        Assert.All(real, r => Assert.StartsWith("2026-", r[0], StringComparison.Ordinal));
        Assert.All(real, r => Assert.DoesNotContain("model", r[5], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ExportBars_UnknownSymbol_OneLineNamingIt()
    {
        var run = await bundle.Db.RunAsync("export", "bars", "--symbol", "XYZQ");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'XYZQ'", line, StringComparison.Ordinal);
        Assert.Contains("IWM", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task ExportIndicators_BadDate_OneLineNamingIt()
    {
        var run = await bundle.Db.RunAsync("export", "indicators", "--symbol", "IWM", "--from", "2014-9-1");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--from", line, StringComparison.Ordinal);
        Assert.Contains("2014-9-1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBars_DoctoredOverlap_RefusedUnlessReplace()
    {
        await using var copy = bundle.Copy();
        // SPY's real Yahoo rows of August 2017 with every price raised 2% (the bundle disagrees by > 0.5%).
        var lines = File.ReadLines(RepoPaths.SharedData("formats", "SPY.yahoo.csv")).ToArray();
        var doctored = new List<string> { lines[0] };
        foreach (var line in lines.Where(l => l.StartsWith("2017-08", StringComparison.Ordinal)))
        {
            var f = line.Split(',');
            doctored.Add(string.Join(',', f.Select((v, i) => i is >= 1 and <= 5 ? (double.Parse(v, CultureInfo.InvariantCulture) * 1.02).ToString("R", CultureInfo.InvariantCulture) : v)));
        }

        var file = copy.FileBeside("SPY-doctored.csv");
        await File.WriteAllLinesAsync(file, doctored);
        var before = (await copy.RunAsync("export", "bars", "--symbol", "SPY", "--from", "2017-08-01", "--to", "2017-08-31")).ShouldSucceed().Out;

        var refused = await copy.RunAsync("import", "bars", file, "--symbol", "SPY");
        var line1 = refused.ShouldFailWithOneLine();
        Assert.Contains("SPY-doctored.csv", line1, StringComparison.Ordinal);
        Assert.Equal(before, (await copy.RunAsync("export", "bars", "--symbol", "SPY", "--from", "2017-08-01", "--to", "2017-08-31")).ShouldSucceed().Out);

        (await copy.RunAsync("import", "bars", file, "--symbol", "SPY", "--replace")).ShouldSucceed();
        var after = new ExportedCsv((await copy.RunAsync("export", "bars", "--symbol", "SPY", "--from", "2017-08-17", "--to", "2017-08-17")).ShouldSucceed().Out);
        var original = double.Parse(lines.Single(l => l.StartsWith("2017-08-17,", StringComparison.Ordinal)).Split(',')[4], CultureInfo.InvariantCulture);
        Assert.Equal(original * 1.02, after.Number("2017-08-17", "Close"), 1e-9);
    }

    [Fact]
    public async Task ImportFlows_ProSharesNavFile_RealDaysReplaceModelledOnesWithDerivedNetFlow()
    {
        await using var copy = bundle.Copy();
        // ProShares historical NAV layout: newest first, MM/DD/YYYY, shares in thousands.
        var file = copy.FileBeside("TNA-historical_nav.csv");
        await File.WriteAllTextAsync(file,
            "Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management\n"
            + "08/17/2017,ProShares UltraPro Russell2000,TNA,50.00,51.00,-1.96,-1.00,1200,60000000.00\n"
            + "08/16/2017,ProShares UltraPro Russell2000,TNA,51.00,50.50,0.99,0.50,1100,56100000.00\n"
            + "08/15/2017,ProShares UltraPro Russell2000,TNA,50.50,50.00,1.00,0.50,1000,50500000.00\n");
        var before = new ExportedCsv((await copy.RunAsync("export", "flows", "--symbol", "TNA", "--from", "2017-08-15", "--to", "2017-08-17")).ShouldSucceed().Out);
        Assert.All(before.Column("Modelled"), m => Assert.Equal("true", m));

        (await copy.RunAsync("import", "flows", file, "--symbol", "TNA", "--format", "proshares")).ShouldSucceed();

        var after = new ExportedCsv((await copy.RunAsync("export", "flows", "--symbol", "TNA", "--from", "2017-08-14", "--to", "2017-08-18")).ShouldSucceed().Out);
        Assert.Equal(["true", "false", "false", "false", "true"], after.Column("Modelled"));
        // Shares 1,000,000 → 1,100,000 → 1,200,000; net flow = Δshares × NAV(t): 100,000 × 51 and 100,000 × 50.
        Assert.Equal("1100000", after.Cell("2017-08-16", "SharesOutstanding"));
        Assert.Equal(5_100_000, after.Number("2017-08-16", "NetFlow"), 1e-6);
        Assert.Equal(5_000_000, after.Number("2017-08-17", "NetFlow"), 1e-6);
        Assert.Equal(60_000_000, after.Number("2017-08-17", "Aum"), 1e-6);
    }

    private static string Line(string[] lines, string symbol) => lines.Single(l => l.StartsWith(symbol + " ", StringComparison.Ordinal));
}
