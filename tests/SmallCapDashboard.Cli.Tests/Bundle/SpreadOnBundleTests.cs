using System.Globalization;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Bundle;

/// <summary>
/// "IWM is up 0.06% YTD while SPY gained 8.75%" (2017-08-17): checked on the seeded bundle against the
/// articles' rounded numbers and against the raw vendor files in ../shared/data/formats.
/// </summary>
[Collection(SeededBundleCollection.Name)]
public sealed class SpreadOnBundleTests(SeededBundle bundle)
{
    private static readonly string[] Args = ["export", "spread", "--small", "IWM", "--large", "SPY", "--from", "2017-01-01", "--to", "2017-08-17"];

    [Fact]
    public async Task ExportSpread_Ytd2017PriceBasis_IwmPlus006SpyPlus875Percent()
    {
        var csv = await ExportAsync();

        Assert.Equal("2017-01-03", csv.Dates[0]);
        Assert.Equal("2017-08-17", csv.Dates[^1]);
        Assert.Equal(0.06, Math.Round(csv.Number("2017-08-17", "SmallReturn") * 100, 2));
        Assert.Equal(8.75, Math.Round(csv.Number("2017-08-17", "LargeReturn") * 100, 2));
    }

    [Fact]
    public async Task ExportSpread_Ytd2017TotalBasis_IwmPlus078SpyPlus976Percent()
    {
        var csv = await ExportAsync("--basis", "total");

        Assert.Equal(0.78, Math.Round(csv.Number("2017-08-17", "SmallReturn") * 100, 2));
        Assert.Equal(9.76, Math.Round(csv.Number("2017-08-17", "LargeReturn") * 100, 2));
    }

    [Fact]
    public async Task ExportSpread_Ytd2017PriceBasis_MatchesRawVendorFilesWorkedByHand()
    {
        // IWM: EOD file, raw traded closes (no IWM split since 2005). SPY: Yahoo file, split-adjusted Close.
        // Base close = last close of 2016 (2016-12-30); end = close of 2017-08-17.
        var iwmBase = Close("IWM.eod.csv", "2016-12-30");
        var iwmEnd = Close("IWM.eod.csv", "2017-08-17");
        var spyBase = Close("SPY.yahoo.csv", "2016-12-30");
        var spyEnd = Close("SPY.yahoo.csv", "2017-08-17");
        var iwm = iwmEnd / iwmBase - 1;
        var spy = spyEnd / spyBase - 1;

        var csv = await ExportAsync();

        // The vendors agree on traded closes to ~1e-7; returns to well under 1e-6.
        Assert.Equal(iwm, csv.Number("2017-08-17", "SmallReturn"), 1e-6);
        Assert.Equal(spy, csv.Number("2017-08-17", "LargeReturn"), 1e-6);
        Assert.Equal((iwm - spy) * 100, csv.Number("2017-08-17", "Spread"), 1e-4);
        Assert.Equal(iwmEnd / spyEnd / (iwmBase / spyBase), csv.Number("2017-08-17", "Ratio"), 1e-6);
    }

    [Fact]
    public async Task ExportSpread_EveryRow_SpreadIsDifferenceInPointsAndRatioMatchesReturns()
    {
        var csv = await ExportAsync();

        var small = csv.Numbers("SmallReturn");
        var large = csv.Numbers("LargeReturn");
        var spread = csv.Numbers("Spread");
        var ratio = csv.Numbers("Ratio");
        for (var i = 0; i < small.Length; i++)
        {
            Assert.Equal((small[i] - large[i]) * 100, spread[i], 1e-9);
            Assert.Equal((1 + small[i]) / (1 + large[i]), ratio[i], 1e-12);
        }
    }

    private async Task<Harness.ExportedCsv> ExportAsync(params string[] more)
    {
        var run = (await bundle.Db.RunAsync([.. Args, .. more])).ShouldSucceed();
        Assert.Equal("", run.Err);
        return new Harness.ExportedCsv(run.Out);
    }

    private static double Close(string file, string date)
    {
        var lines = File.ReadLines(RepoPaths.SharedData("formats", file));
        var header = lines.First().Split(',');
        var closeColumn = Array.IndexOf(header, "Close");
        var row = lines.Single(l => l.StartsWith(date + ",", StringComparison.Ordinal)).Split(',');
        return double.Parse(row[closeColumn], CultureInfo.InvariantCulture);
    }
}
