using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>The canonical series derived from the real files, checked against the other vendors' files.</summary>
public class RealBarFilesTests
{
    public static TheoryData<string, string, BarFormat> AllFiles() => new()
    {
        { "prices", "IWM.csv", BarFormat.YFinance }, { "prices", "IJR.csv", BarFormat.YFinance },
        { "prices", "SPY.csv", BarFormat.YFinance }, { "prices", "DIA.csv", BarFormat.YFinance },
        { "prices", "QQQ.csv", BarFormat.YFinance }, { "prices", "TNA.csv", BarFormat.YFinance },
        { "prices", "TZA.csv", BarFormat.YFinance }, { "prices", "SRTY.csv", BarFormat.YFinance },
        { "prices", "^RUT.csv", BarFormat.Yahoo }, { "prices", "^GSPC.csv", BarFormat.Yahoo },
        { "formats", "IWM.eod.csv", BarFormat.Eod }, { "formats", "IJR.eod.csv", BarFormat.Eod },
        { "formats", "DIA.eod.csv", BarFormat.Eod }, { "formats", "QQQ.eod.csv", BarFormat.Eod },
        { "formats", "SPY.yahoo.csv", BarFormat.Yahoo },
    };

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Read_RealFile_DetectsFormatAndKeepsEveryRowAscending(string folder, string name, BarFormat expected)
    {
        var path = Testing.RepoPaths.SharedData(folder, name);

        var parsed = BarFileReader.Read(path);

        Assert.Equal(expected, parsed.Format);
        Assert.Equal(SharedFiles.DataLines(path), parsed.Bars.Count);
        Assert.Equal(1.0, parsed.Bars[0].TotalReturnFactor);
        for (var i = 1; i < parsed.Bars.Count; i++)
        {
            Assert.True(parsed.Bars[i].Date > parsed.Bars[i - 1].Date, $"{name}: not ascending at {parsed.Bars[i].Date}");
        }
    }

    /// <summary>
    /// RWM and TWM end with a partial mid-session bar (2025-12-26, line 4763) whose Open lies below its Low
    /// (RWM 15.954999923706055 &lt; 15.970000267028809, TWM 30.3700008392334 &lt; 30.440000534057617, read off the
    /// files): the whole file is refused there. Cut at 2025-12-24, as the bundle does, every earlier row is kept.
    /// </summary>
    [Theory]
    [InlineData("RWM.csv", "15.954999923706055")]
    [InlineData("TWM.csv", "30.3700008392334")]
    public void Read_RealFileWhosePartialLastBarOpensBelowItsLow_RefusedThereAndReadWhenCut(string name, string open)
    {
        var path = SharedFiles.Prices(name);

        var e = Assert.Throws<ImportException>(() => BarFileReader.Read(path));
        var cut = BarFileReader.Read(path, BarFormat.Auto, new BarReadOptions(Through: new DateOnly(2025, 12, 24)));

        Assert.Equal(4763, e.Line);
        Assert.Equal("Open", e.Field);
        Assert.Contains($"Open {open}", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside Low–High", e.Message, StringComparison.Ordinal);
        Assert.Equal(SharedFiles.DataLines(path) - 1, cut.Bars.Count);
        Assert.Equal(new DateOnly(2025, 12, 24), cut.Bars[^1].Date);
    }

    [Fact]
    public void Read_BundledIwmYFinance_RecoversTradedClose14178On20170801()
    {
        // formats/IWM.eod.csv, line 2017-08-01: Close = 141.78 (raw traded close from another vendor).
        var bars = BarFileReader.Read(SharedFiles.Prices("IWM.csv")).Bars;

        var bar = bars.Single(b => b.Date == new DateOnly(2017, 8, 1));

        Assert.Equal(141.78, bar.Close, 1e-6);
        Assert.Equal("IWM", BarFileReader.Read(SharedFiles.Prices("IWM.csv")).Symbol);
    }

    [Fact]
    public void Read_BundledIwmYFinance_EqualsEodTradedClosesOnMostDaysSince2009()
    {
        var eodClose = SharedFiles.Column(SharedFiles.Formats("IWM.eod.csv"), 4);
        var bars = BarFileReader.Read(SharedFiles.Prices("IWM.csv")).Bars;

        var compared = 0;
        var within = 0;
        foreach (var b in bars)
        {
            if (b.Date.Year >= 2009 && eodClose.TryGetValue(b.Date, out var traded))
            {
                compared++;
                within += Math.Abs(b.Close - traded) <= 1e-6 ? 1 : 0;
            }
        }

        // The two vendors disagree on a few prints; 95% exact agreement shows dividends are undone correctly
        // (leaving dividends in would miss every pre-2025 close by a growing amount).
        Assert.True(compared > 3800, $"compared {compared}");
        Assert.True(within > 0.95 * compared, $"{within} of {compared} equal to 1e-6");
    }

    [Theory]
    [InlineData("IWM.eod.csv")]
    [InlineData("IJR.eod.csv")]
    [InlineData("DIA.eod.csv")]
    [InlineData("QQQ.eod.csv")]
    public void Read_EodFile_TotalReturnDailyReturnsMatchAdjustedClose(string name)
    {
        var adjusted = SharedFiles.Column(SharedFiles.Formats(name), 5);
        var bars = BarFileReader.Read(SharedFiles.Formats(name)).Bars;

        for (var i = 1; i < bars.Count; i++)
        {
            var expected = (adjusted[bars[i].Date] / adjusted[bars[i - 1].Date]) - 1;
            var actual = (bars[i].Close * bars[i].TotalReturnFactor / (bars[i - 1].Close * bars[i - 1].TotalReturnFactor)) - 1;
            Assert.True(Math.Abs(expected - actual) <= 1e-9, $"{name} {bars[i].Date}: {actual} vs {expected}");
        }
    }

    [Theory]
    [InlineData(2017, 1, 18, 2017, 1, 19)]
    [InlineData(2005, 6, 8, 2005, 6, 9)]
    public void Read_IjrEod_ContinuousAcrossSplit(int y0, int m0, int d0, int y1, int m1, int d1)
    {
        var bars = BarFileReader.Read(SharedFiles.Formats("IJR.eod.csv")).Bars.ToDictionary(b => b.Date);
        var rawClose = SharedFiles.Column(SharedFiles.Formats("IJR.eod.csv"), 4);
        var before = new DateOnly(y0, m0, d0);
        var after = new DateOnly(y1, m1, d1);

        // The raw file jumps by the split ratio (2:1 or 3:1): more than 40% in one day.
        Assert.True(rawClose[before] / rawClose[after] > 1.4);
        // The canonical series moves like a normal day.
        Assert.InRange(bars[after].Close / bars[before].Close, 0.95, 1.05);
        // And it agrees with the other vendor's split-adjusted prices (bundle IJR) within 0.5%.
        var bundle = BarFileReader.Read(SharedFiles.Prices("IJR.csv")).Bars.ToDictionary(b => b.Date);
        Assert.InRange(bars[before].Close / bundle[before].Close, 0.995, 1.005);
    }

    [Fact]
    public void Read_YahooSpy_CloseAsIsAndFactorFromAdjClose()
    {
        var close = SharedFiles.Column(SharedFiles.Formats("SPY.yahoo.csv"), 4);
        var adj = SharedFiles.Column(SharedFiles.Formats("SPY.yahoo.csv"), 5);
        var bars = BarFileReader.Read(SharedFiles.Formats("SPY.yahoo.csv")).Bars;
        var first = bars[0].Date;

        foreach (var b in bars)
        {
            Assert.Equal(close[b.Date], b.Close);
            Assert.Equal(adj[b.Date] / close[b.Date] / (adj[first] / close[first]), b.TotalReturnFactor, 1e-12);
        }
    }

    [Theory]
    [InlineData("TZA.csv", true)]
    [InlineData("SPY.csv", true)]
    [InlineData("DIA.csv", false)]
    [InlineData("SPY.yahoo.csv", false)]
    public void Read_PartialLastBar_WarnsButKeepsIt(string name, bool partial)
    {
        var path = File.Exists(SharedFiles.Prices(name)) ? SharedFiles.Prices(name) : SharedFiles.Formats(name);

        var parsed = BarFileReader.Read(path);

        Assert.Equal(partial, parsed.Warnings.Any(w => w.Contains("looks partial", StringComparison.Ordinal)));
        if (partial)
        {
            Assert.Equal(new DateOnly(2025, 12, 26), parsed.Bars[^1].Date);
        }
    }

    [Fact]
    public void Read_IwmEndingOnChristmasEveHalfSession_WarningSaysHalfSession()
    {
        // IWM.csv ends on 2025-12-24 (a complete half session): volume 12,103,000 against ~38.6M on normal days.
        var parsed = BarFileReader.Read(SharedFiles.Prices("IWM.csv"));

        Assert.Equal(new DateOnly(2025, 12, 24), parsed.Bars[^1].Date);
        Assert.Contains(parsed.Warnings, w => w.Contains("half session", StringComparison.Ordinal));
    }
}
