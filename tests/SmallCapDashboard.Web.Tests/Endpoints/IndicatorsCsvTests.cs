using System.Globalization;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Endpoints;

/// <summary>The indicators CSV of the reference bars SYNA/SYNB against the TA-Lib outputs in ../shared/data/reference.</summary>
[Collection(DashboardCollection.Name)]
public class IndicatorsCsvTests(DashboardFactory factory)
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string, string, int> Columns => new()
    {
        { "SYNA", "Sma10", "sma_10.csv", 1 }, { "SYNA", "Sma50", "sma_50.csv", 1 }, { "SYNA", "Sma200", "sma_200.csv", 1 },
        { "SYNA", "Ema20", "ema_20.csv", 1 }, { "SYNA", "Rsi14", "rsi_14.csv", 1 },
        { "SYNA", "Macd", "macd_12_26_9.std.csv", 1 }, { "SYNA", "MacdSignal", "macd_12_26_9.std.csv", 2 }, { "SYNA", "MacdHistogram", "macd_12_26_9.std.csv", 3 },
        { "SYNA", "BollingerUpper", "bb_20_2.twopass.csv", 1 }, { "SYNA", "BollingerMiddle", "bb_20_2.twopass.csv", 2 }, { "SYNA", "BollingerLower", "bb_20_2.twopass.csv", 3 },
        { "SYNB", "Sma50", "sma_50.csv", 1 }, { "SYNB", "Rsi14", "rsi_14.csv", 1 }, { "SYNB", "Macd", "macd_12_26_9.std.csv", 1 },
        { "SYNB", "BollingerUpper", "bb_20_2.twopass.csv", 1 },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task Export_ReferenceSymbol_MatchesTaLib(string symbol, string column, string file, int refColumn)
    {
        var csv = await factory.CreateClient().GetStringAsync($"/export/indicators.csv?symbol={symbol}&range=max");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(
            "Date,Close,Sma10,Sma50,Sma200,Ema20,Rsi14,Macd,MacdSignal,MacdHistogram,BollingerUpper,BollingerMiddle,BollingerLower",
            lines[0]);
        var col = Array.IndexOf(header, column);
        var reference = TestMarket.ReferenceRows(symbol, file);
        Assert.Equal(reference.Length, lines.Length - 1);
        for (var i = 0; i < reference.Length; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(reference[i][0], cells[0]);
            var expected = reference[i].Length > refColumn ? reference[i][refColumn] : "";
            if (expected.Length == 0)
            {
                Assert.True(cells[col].Length == 0, $"{symbol} {column} {cells[0]}: warm-up expected, got {cells[col]}");
                continue;
            }

            var e = double.Parse(expected, CultureInfo.InvariantCulture);
            var a = double.Parse(cells[col], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(e - a) <= Tolerance, $"{symbol} {column} {cells[0]}: TA-Lib {e}, export {a}");
        }
    }

    [Fact]
    public async Task Export_Window_SameValuesAsFullHistory()
    {
        var client = factory.CreateClient();
        var full = (await client.GetStringAsync("/export/indicators.csv?symbol=SYNA&range=max")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cut = (await client.GetStringAsync("/export/indicators.csv?symbol=SYNA&from=2019-03-01&to=2019-06-28")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(cut.Length > 50);
        foreach (var line in cut.Skip(1))
        {
            Assert.Contains(line, full);
        }
    }
}
