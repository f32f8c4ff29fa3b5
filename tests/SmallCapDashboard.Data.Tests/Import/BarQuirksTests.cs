using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>Quirks real exports have that the shared files do not, on hand-made fixtures.</summary>
public class BarQuirksTests
{
    [Fact]
    public void Read_YahooWithBomDescendingBlankNullQuotedTrailingCommas_ReadsThreeBarsAscending()
    {
        // Fixtures/yahoo-quirks.csv: BOM, CRLF, trailing commas, newest first, a blank line, an all-comma row,
        // a 'null' holiday row, an identical duplicate of 2024-01-03, quoted numbers.
        var parsed = BarFileReader.Read(SharedFiles.Fixture("yahoo-quirks.csv"));

        Assert.Equal(BarFormat.Yahoo, parsed.Format);
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 5)], parsed.Bars.Select(b => b.Date));
        Assert.Equal(1200, parsed.Bars[2].Volume);
        Assert.Equal(10.50, parsed.Bars[2].Close);
        // Factor = (Adj Close / Close) / (first bar's Adj Close / Close) = (10.00/10.50) / (8.28/9.20).
        Assert.Equal(10.00 / 10.50 / (8.28 / 9.20), parsed.Bars[2].TotalReturnFactor, 1e-12);
        Assert.Contains(parsed.Warnings, w => w.Contains("newest first", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Contains("no prices", StringComparison.Ordinal) && w.Contains("line 4", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Contains("identical duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StooqMixedCaseHeader_FactorOne()
    {
        var parsed = BarFileReader.Read(SharedFiles.Fixture("stooq-mixed-case.csv"));

        Assert.Equal(BarFormat.Stooq, parsed.Format);
        Assert.Equal(2, parsed.Bars.Count);
        Assert.All(parsed.Bars, b => Assert.Equal(1.0, b.TotalReturnFactor));
        Assert.Equal(10.4, parsed.Bars[1].High);
    }

    [Fact]
    public void Read_YFinanceWithDividend_UndoesItBeforeTheExDate()
    {
        // Hand calculation, walking back from the last bar (adjusted = traded = 20, F = 1).
        // The 1.00 dividend sits on the ex-date 2024-01-04, so the bar before it: P = 19 / 1 + 1.00 = 20, F = 19/20 = 0.95.
        // First bar: P = 9.5 / 0.95 + 0 = 10, F = 0.95. Factor normalised to the first bar: 1, 1, 1/0.95.
        using var dir = new TempDir();
        var path = dir.Write("X.csv",
            "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits,Capital Gains,ticker\n" +
            "2024-01-02 00:00:00-05:00,9.5,9.5,9.5,9.5,100,0.0,0.0,0.0,X\n" +
            "2024-01-03 00:00:00-05:00,19,19,19,19,100,0.0,0.0,0.0,X\n" +
            "2024-01-04 00:00:00-05:00,20,20,20,20,100,1.0,0.0,0.0,X\n");

        var bars = BarFileReader.Read(path).Bars;

        Assert.Equal(10, bars[0].Close, 1e-12);
        Assert.Equal(20, bars[1].Close, 1e-12);
        Assert.Equal(20, bars[2].Close, 1e-12);
        Assert.Equal(1.0, bars[1].TotalReturnFactor, 1e-12);
        Assert.Equal(1 / 0.95, bars[2].TotalReturnFactor, 1e-12);
    }

    [Fact]
    public void Read_EodWithReverseSplit_AdjustsEarlierBarsAndVolume()
    {
        // 1-for-5 reverse split on 2024-01-03: raw close 2 → 10, adjusted close continuous.
        using var dir = new TempDir();
        var path = dir.Write("Y.eod.csv",
            "Date,Open,High,Low,Close,Adjusted_close,Volume\n" +
            "2024-01-02,2,2,2,2,10,5000\n" +
            "2024-01-03,10,10,10,10,10,1000\n");

        var parsed = BarFileReader.Read(path);

        Assert.Equal(10, parsed.Bars[0].Close, 1e-12);
        Assert.Equal(1000, parsed.Bars[0].Volume, 1e-9);
        Assert.Equal(1.0, parsed.Bars[1].TotalReturnFactor, 1e-12);
        Assert.Contains(parsed.Warnings, w => w.Contains("reverse", StringComparison.Ordinal));
    }
}
