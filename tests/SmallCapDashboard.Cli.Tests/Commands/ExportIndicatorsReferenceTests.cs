using System.Globalization;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary>
/// <c>export indicators</c> over the synthetic SYNA bars against the TA-Lib outputs in ../shared/data/reference
/// (the expected values come from TA-Lib, not from this code), plus window invariance.
/// </summary>
public sealed class ExportIndicatorsReferenceTests(SynaDatabase fixture) : IClassFixture<SynaDatabase>
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("Sma10", "sma_10.csv", "SMA_10")]
    [InlineData("Sma50", "sma_50.csv", "SMA_50")]
    [InlineData("Sma200", "sma_200.csv", "SMA_200")]
    [InlineData("Ema20", "ema_20.csv", "EMA_20")]
    [InlineData("Rsi14", "rsi_14.csv", "RSI_14")]
    [InlineData("Macd", "macd_12_26_9.std.csv", "MACD")]
    [InlineData("MacdSignal", "macd_12_26_9.std.csv", "Signal")]
    [InlineData("MacdHistogram", "macd_12_26_9.std.csv", "Histogram")]
    [InlineData("BollingerUpper", "bb_20_2.twopass.csv", "Upper")]
    [InlineData("BollingerMiddle", "bb_20_2.twopass.csv", "Middle")]
    [InlineData("BollingerLower", "bb_20_2.twopass.csv", "Lower")]
    public async Task ExportIndicators_Syna_MatchesTaLibWithEmptyWarmUp(string column, string file, string referenceColumn)
    {
        var run = (await fixture.Db.RunAsync("export", "indicators", "--symbol", "SYNA")).ShouldSucceed();

        var exported = new ExportedCsv(run.Out);
        var reference = new ExportedCsv(await File.ReadAllTextAsync(RepoPaths.SharedData("reference", "SYNA", file)));
        Assert.Equal(reference.Dates, exported.Dates);
        var expected = reference.Numbers(referenceColumn);
        var actual = exported.Numbers(column);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(exported.Column(column)[i].Length == 0, $"{column} on {exported.Dates[i]} should be empty (warm-up), was '{exported.Column(column)[i]}'");
            }
            else
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"{column} on {exported.Dates[i]}: expected {expected[i]}, exported {actual[i]}");
            }
        }
    }

    [Fact]
    public async Task ExportIndicators_Header_IsTheContract()
    {
        var run = (await fixture.Db.RunAsync("export", "indicators", "--symbol", "SYNA", "--to", "2015-01-05")).ShouldSucceed();

        Assert.Equal(
            "Date,Close,Sma10,Sma50,Sma200,Ema20,Rsi14,Macd,MacdSignal,MacdHistogram,BollingerUpper,BollingerMiddle,BollingerLower\n"
            + "2015-01-05,48.7,,,,,,,,,,,\n",
            run.Out);
    }

    [Fact]
    public async Task ExportIndicators_Window_RowsIdenticalToFullHistoryExport()
    {
        var full = new ExportedCsv((await fixture.Db.RunAsync("export", "indicators", "--symbol", "SYNA")).ShouldSucceed().Out);

        var window = new ExportedCsv((await fixture.Db.RunAsync("export", "indicators", "--symbol", "SYNA", "--from", "2015-03-02", "--to", "2015-12-31")).ShouldSucceed().Out);

        // The window starts inside the SMA200 warm-up and ends after it: cutting must not restart any warm-up.
        Assert.Equal("2015-03-02", window.Dates[0]);
        Assert.StartsWith("2015-12-31", string.Join(',', window.Rows[^1]), StringComparison.Ordinal);
        foreach (var row in window.Rows)
        {
            Assert.Equal(string.Join(',', full.Rows.Single(r => r[0] == row[0])), string.Join(',', row));
        }
    }
}
