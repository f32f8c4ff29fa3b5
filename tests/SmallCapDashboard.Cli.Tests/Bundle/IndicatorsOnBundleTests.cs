using System.Globalization;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Bundle;

/// <summary>
/// "The 50-day dips below the 200-day" (IWM, autumn 2014): the export shows the death cross on the day its basis
/// gives; the day is found here with plain loops over closes, not with the code under test.
/// </summary>
[Collection(SeededBundleCollection.Name)]
public sealed class IndicatorsOnBundleTests(SeededBundle bundle)
{
    private static readonly DateOnly AutumnStart = new(2014, 9, 1);
    private static readonly DateOnly AutumnEnd = new(2014, 11, 30);

    [Theory]
    [InlineData("price")]
    [InlineData("total")]
    public async Task ExportIndicators_Iwm2014_DeathCrossOnTheDayTheHandComputedSmasGive(string basis)
    {
        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "indicators", "--symbol", "IWM", "--basis", basis)).ShouldSucceed().Out);
        var dates = csv.Dates.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();

        var expected = Assert.Single(DeathCrosses(dates, csv.Numbers("Close"), AutumnStart, AutumnEnd));

        var i = Array.IndexOf(dates, expected);
        var sma50 = csv.Numbers("Sma50");
        var sma200 = csv.Numbers("Sma200");
        Assert.True(sma50[i - 1] > sma200[i - 1], $"{dates[i - 1]}: exported Sma50 {sma50[i - 1]} should be above Sma200 {sma200[i - 1]}");
        Assert.True(sma50[i] < sma200[i], $"{dates[i]}: exported Sma50 {sma50[i]} should be below Sma200 {sma200[i]}");
        // No other sign change of the exported columns in autumn 2014.
        for (var k = 1; k < dates.Length; k++)
        {
            if (dates[k] >= AutumnStart && dates[k] <= AutumnEnd && k != i)
            {
                Assert.Equal(sma50[k - 1] > sma200[k - 1], sma50[k] > sma200[k]);
            }
        }
    }

    [Fact]
    public async Task ExportIndicators_Iwm2014PriceBasis_DeathCrossDayAgreesWithRawEodFile()
    {
        // IWM's traded closes from the EOD vendor (no split since 2005, so raw = price basis).
        var rows = File.ReadLines(RepoPaths.SharedData("formats", "IWM.eod.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var eodDates = rows.Select(r => DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var eodCloses = rows.Select(r => double.Parse(r[4], CultureInfo.InvariantCulture)).ToArray();
        var fromVendor = Assert.Single(DeathCrosses(eodDates, eodCloses, AutumnStart, AutumnEnd));

        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "indicators", "--symbol", "IWM", "--from", "2014-09-01", "--to", "2014-11-30")).ShouldSucceed().Out);

        var day = fromVendor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var i = Array.IndexOf(csv.Dates, day);
        Assert.True(i > 0, $"{day} should be inside the exported window");
        Assert.True(csv.Numbers("Sma50")[i - 1] > csv.Numbers("Sma200")[i - 1]);
        Assert.True(csv.Numbers("Sma50")[i] < csv.Numbers("Sma200")[i]);
    }

    [Fact]
    public async Task ExportIndicators_IwmFromFirstBar_WarmUpCellsEmpty()
    {
        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "indicators", "--symbol", "IWM", "--to", "2001-06-30")).ShouldSucceed().Out);

        // Warm-up lengths: SMA n → n−1 empty rows; EMA20 → 19; RSI14 → 14; MACD line → 25, signal → 33; Bollinger20 → 19.
        AssertEmptyThenFilled(csv, "Sma10", 9);
        AssertEmptyThenFilled(csv, "Sma50", 49);
        AssertEmptyThenFilled(csv, "Sma200", 199);
        AssertEmptyThenFilled(csv, "Ema20", 19);
        AssertEmptyThenFilled(csv, "Rsi14", 14);
        AssertEmptyThenFilled(csv, "Macd", 25);
        AssertEmptyThenFilled(csv, "MacdSignal", 33);
        AssertEmptyThenFilled(csv, "MacdHistogram", 33);
        AssertEmptyThenFilled(csv, "BollingerUpper", 19);
        Assert.All(csv.Column("Close"), c => Assert.NotEqual("", c));
    }

    private static void AssertEmptyThenFilled(ExportedCsv csv, string column, int empty)
    {
        var cells = csv.Column(column);
        Assert.All(cells.Take(empty), c => Assert.Equal("", c));
        Assert.All(cells.Skip(empty), c => Assert.NotEqual("", c));
    }

    /// <summary>Days in [from, to] where SMA50 − SMA200 turns from positive to negative, by plain summation.</summary>
    private static List<DateOnly> DeathCrosses(DateOnly[] dates, double[] closes, DateOnly from, DateOnly to)
    {
        var found = new List<DateOnly>();
        var previous = 0;
        for (var i = 199; i < closes.Length; i++)
        {
            double sum50 = 0, sum200 = 0;
            for (var k = i - 199; k <= i; k++)
            {
                sum200 += closes[k];
                if (k > i - 50)
                {
                    sum50 += closes[k];
                }
            }

            var diff = sum50 / 50 - sum200 / 200;
            var sign = Math.Abs(diff) <= 1e-9 * (sum200 / 200) ? 0 : Math.Sign(diff);
            if (previous > 0 && sign < 0 && dates[i] >= from && dates[i] <= to)
            {
                found.Add(dates[i]);
            }

            if (sign != 0)
            {
                previous = sign;
            }
        }

        return found;
    }
}
