using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Analytics.Tests.Reference;

namespace SmallCapDashboard.Analytics.Tests.Signals;

public sealed class DivergencesTests(ReferenceFixture reference) : IClassFixture<ReferenceFixture>
{
    //                                         0   1   2   3   4   5   6   7   8
    private static readonly double[] RisingTops = [10, 11, 13, 12, 11, 12, 14, 13, 12];

    [Fact]
    public void Find_HigherPriceHighLowerRsiHigh_OneBearishConfirmedTwoSessionsLater()
    {
        // Swing window w = 2: index i is a swing high when close(i) > both closes before it and ≥ both after.
        //   i = 2: 13 > 10, 11 and 13 ≥ 12, 11 → swing high
        //   i = 4: 11 < 13, 12 and 11 ≤ 12, 14 → swing low (the only one: no bullish pair)
        //   i = 6: 14 > 11, 12 and 14 ≥ 13, 12 → swing high
        //   i = 3, 5: neither (12 is not above 13; 12 is not above 12)
        // Highs 2 → 6: price 13 → 14 (higher), RSI 70 → 65 (lower), 4 sessions apart ≤ 10 → bearish,
        // confirmed at 6 + 2 = 8, the first session on which the high at 6 is known.
        var dates = TestDates.Weekdays(RisingTops.Length);
        double[] rsi = [50, 55, 70, 60, 52, 58, 65, 60, 55];

        var found = Divergences.Find(dates, RisingTops, rsi, swingWindow: 2, maxDistance: 10);

        var d = Assert.Single(found);
        Assert.Equal(
            new Divergence(DivergenceType.Bearish, 2, dates[2], 6, dates[6], 8, dates[8], 13, 14, 70, 65),
            d);
    }

    [Fact]
    public void Find_RsiConfirmsTheHigherHigh_NoDivergence()
    {
        var dates = TestDates.Weekdays(RisingTops.Length);
        double[] rsi = [50, 55, 70, 60, 52, 58, 75, 60, 55];

        Assert.Empty(Divergences.Find(dates, RisingTops, rsi, swingWindow: 2, maxDistance: 10));
    }

    [Fact]
    public void Find_SwingsFurtherApartThanMaxDistance_NoDivergence()
    {
        // the two highs are 4 sessions apart
        var dates = TestDates.Weekdays(RisingTops.Length);
        double[] rsi = [50, 55, 70, 60, 52, 58, 65, 60, 55];

        Assert.Empty(Divergences.Find(dates, RisingTops, rsi, swingWindow: 2, maxDistance: 3));
    }

    [Fact]
    public void Find_LowerPriceLowHigherRsiLow_OneBullish()
    {
        // Mirror image: closes 90, 89, 87, 88, 89, 88, 86, 87, 88 → swing lows at 2 (87) and 6 (86), a swing high at 4.
        // Price low 87 → 86 (lower), RSI 30 → 35 (higher) → bullish, confirmed at 8.
        var dates = TestDates.Weekdays(9);
        double[] closes = [90, 89, 87, 88, 89, 88, 86, 87, 88];
        double[] rsi = [50, 45, 30, 40, 48, 42, 35, 40, 45];

        var d = Assert.Single(Divergences.Find(dates, closes, rsi, swingWindow: 2, maxDistance: 10));

        Assert.Equal(DivergenceType.Bullish, d.Type);
        Assert.Equal((2, 6, 8), (d.FirstIndex, d.SecondIndex, d.ConfirmedIndex));
        Assert.Equal(dates[8], d.ConfirmedDate);
    }

    [Fact]
    public void Find_SwingInsideRsiWarmUp_Ignored()
    {
        // The first high (index 2) has no RSI yet, so the high at 6 has no partner.
        var dates = TestDates.Weekdays(RisingTops.Length);
        double[] rsi = [double.NaN, double.NaN, double.NaN, 60, 52, 58, 65, 60, 55];

        Assert.Empty(Divergences.Find(dates, RisingTops, rsi, swingWindow: 2, maxDistance: 10));
    }

    [Theory]
    [InlineData("SYNA")]
    [InlineData("SYNB")]
    public void Find_ReferenceSet_EveryDivergenceSatisfiesTheRule(string set)
    {
        var data = reference[set];
        var rsi = Rsi.Calculate(data.Close, 14);
        const int w = 5;

        var found = Divergences.Find(data.Dates, data.Close, rsi, w, 60);

        Assert.NotEmpty(found);
        foreach (var d in found)
        {
            var c = data.Close;
            Assert.InRange(d.SecondIndex - d.FirstIndex, w + 1, 60);
            Assert.Equal(d.SecondIndex + w, d.ConfirmedIndex);
            var high = d.Type == DivergenceType.Bearish;
            foreach (var i in new[] { d.FirstIndex, d.SecondIndex })
            {
                for (var j = i - w; j <= i + w; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    Assert.True(high ? c[i] >= c[j] : c[i] <= c[j], $"{d.Type} swing at {i} is beaten by {j}");
                }
            }

            Assert.True(high ? c[d.SecondIndex] > c[d.FirstIndex] && rsi[d.SecondIndex] < rsi[d.FirstIndex]
                             : c[d.SecondIndex] < c[d.FirstIndex] && rsi[d.SecondIndex] > rsi[d.FirstIndex]);
        }
    }

    [Fact]
    public void Find_SwingWindowZero_ThrowsNamingIt()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Divergences.Find(TestDates.Weekdays(1), [1.0], [50.0], 0, 60));
        Assert.Equal("swingWindow", ex.ParamName);
    }
}
