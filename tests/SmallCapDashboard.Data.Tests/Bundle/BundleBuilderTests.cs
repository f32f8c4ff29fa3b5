using SmallCapDashboard.Data.Bundle;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Data.Tests.Bundle;

public sealed class BundleBuilderTests
{
    [Fact]
    public void Build_SharedData_ReproducesCommittedBundleByteForByte()
    {
        var temp = Path.Combine(Path.GetTempPath(), "smallcap-bundle-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(temp);
        try
        {
            File.Copy(Path.Combine(BundleFiles.Folder, BundleManifest.FileName), Path.Combine(temp, BundleManifest.FileName));

            BundleBuilder.Build(RepoPaths.SharedData(), temp);

            var committed = Directory.GetFiles(BundleFiles.Folder, "*.csv", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(BundleFiles.Folder, f)).Order(StringComparer.Ordinal).ToList();
            var rebuilt = Directory.GetFiles(temp, "*.csv", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(temp, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(14, committed.Count);
            Assert.Equal(committed, rebuilt);
            foreach (var file in committed)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(BundleFiles.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp, file))),
                    $"{file} differs from a rebuild from ../shared/data");
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void BundledIwm_OnAugust1st2017_TradedCloseOfEodFile()
    {
        var eod = BundleFiles.CloseByDate(RepoPaths.SharedData("formats", "IWM.eod.csv"), column: 4);
        var bundled = BundleFiles.CloseByDate(BundleFiles.Prices("IWM"), column: 4);
        var day = new DateOnly(2017, 8, 1);

        Assert.Equal(141.78, eod[day]);
        Assert.Equal(eod[day], bundled[day], 1e-6);
    }

    [Fact]
    public void BundledIjr_AroundJanuary2017Split_ContinuousWithEodCloseHalvedBefore()
    {
        // IJR.eod.csv holds raw traded closes; IJR split 2:1 on 2017-01-19, so split-adjusted = raw / 2 before it.
        var eod = BundleFiles.CloseByDate(RepoPaths.SharedData("formats", "IJR.eod.csv"), column: 4);
        var bundled = BundleFiles.CloseByDate(BundleFiles.Prices("IJR"), column: 4);
        var split = new DateOnly(2017, 1, 19);
        var checkedDays = 0;
        foreach (var (day, raw) in eod)
        {
            if (day < new DateOnly(2016, 12, 1) || day > new DateOnly(2017, 2, 28))
            {
                continue;
            }

            var expected = day < split ? raw / 2 : raw;
            // Relative 1e-6: yfinance stores single-precision prices, so undoing dividends leaves ~1e-7 relative noise.
            Assert.True(Math.Abs((bundled[day] / expected) - 1) < 1e-6, $"{day}: bundled {bundled[day]}, expected {expected}");
            checkedDays++;
        }

        Assert.True(checkedDays > 50);
        // Continuity: the close-to-close move across the split day is an ordinary one (under 3 %), not a halving.
        var before = bundled[new DateOnly(2017, 1, 18)];
        Assert.InRange(bundled[split] / before, 0.97, 1.03);
    }

    [Fact]
    public void Manifest_EndDatesAndLeverage_AsStatedInTheBrief()
    {
        var manifest = BundleManifest.Load(BundleFiles.Folder);

        var etfEnd = new DateOnly(2025, 12, 24);
        var indexEnd = new DateOnly(2024, 9, 12);
        foreach (var symbol in new[] { "IWM", "IJR", "SPY", "QQQ", "TNA", "TZA", "RWM", "TWM", "SRTY" })
        {
            Assert.Equal(etfEnd, manifest.Find(symbol)!.Prices.EndDate);
        }

        Assert.Equal(new DateOnly(2025, 12, 2), manifest.Find("DIA")!.Prices.EndDate);
        Assert.Equal(indexEnd, manifest.Find("^RUT")!.Prices.EndDate);
        Assert.Equal(indexEnd, manifest.Find("^GSPC")!.Prices.EndDate);
        Assert.Equal(
            [3.0, -3.0, -1.0, -2.0, -3.0],
            new[] { "TNA", "TZA", "RWM", "TWM", "SRTY" }.Select(s => manifest.Find(s)!.Leverage));
        Assert.Equal(12, manifest.Instruments.Count);
    }

    [Fact]
    public void BundledPrices_EveryFile_EndsOnManifestEndDate()
    {
        var manifest = BundleManifest.Load(BundleFiles.Folder);

        foreach (var instrument in manifest.Instruments)
        {
            var last = File.ReadLines(Path.Combine(BundleFiles.Folder, instrument.Prices.File)).Last(l => l.Length > 0)[..10];
            Assert.Equal(instrument.Prices.EndDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last);
        }
    }

    [Fact]
    public void RealFlows_Bundle_OnlyFourFundsWeekdaysAndReportedValues()
    {
        var rows = BundleFiles.Rows(BundleFiles.RealFlows);

        Assert.Equal(["DIA", "IWM", "QQQ", "SPY"], rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(rows, r => DateOnly.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        // isaergun_etf_flows.csv: "2026-01-05,IWM,-1194440000.0"; "2026-01-19,IWM," (not reported: no row).
        var iwm0105 = Assert.Single(rows, r => r[0] == "2026-01-05" && r[1] == "IWM");
        Assert.Equal(-1194440000.0, double.Parse(iwm0105[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(rows, r => r[0] == "2026-01-19" && r[1] == "IWM");
        // isaergun_etf_shares.csv: "2026-03-31,IWM,282800000,246.6000061035156".
        var iwm0331 = Assert.Single(rows, r => r[0] == "2026-03-31" && r[1] == "IWM");
        Assert.Equal("282800000", iwm0331[2]);
    }
}
