using PB = SmallCapDashboard.Analytics.PriceBases.PriceBases;

namespace SmallCapDashboard.Analytics.Tests.PriceBases;

public class PriceBasesTests
{
    // A fund at 100, 101, then pays a 2.00 dividend and trades ex-dividend at 99.99.
    // Total-return factor: 1.0 until the ex-date, then 1 + 2.00 / 99.99 (dividend reinvested at the ex close).
    private static readonly double[] Closes = [100.0, 101.0, 99.99];
    private static readonly double[] Factors = [1.0, 1.0, 1.0 + 2.0 / 99.99];

    [Fact]
    public void ToTotal_AnchoredAtLastSession_EqualsTradedCloseThereAndLowersEarlierPrices()
    {
        var total = PB.ToTotal(Closes, Factors, 2);
        // Anchor: the traded close. Before the dividend: 100 / (1 + 2/99.99) = 100 × 99.99 / 101.99, 101 × 99.99 / 101.99.
        Assert.Equal(99.99, total[2]);
        Assert.Equal(100.0 * 99.99 / 101.99, total[0], 12);
        Assert.Equal(101.0 * 99.99 / 101.99, total[1], 12);
    }

    [Fact]
    public void ToTotal_AnyAnchor_ReturnAcrossTheDividendIsTheSame()
    {
        // The dividend-day return with the dividend reinvested: (99.99 + 2) / 101 − 1 whatever the anchor.
        var expected = 101.99 / 101.0 - 1.0;
        foreach (var anchor in new[] { 0, 1, 2 })
        {
            var t = PB.ToTotal(Closes, Factors, anchor);
            Assert.Equal(expected, t[2] / t[1] - 1.0, 12);
        }
    }

    [Fact]
    public void ToTotal_AnchorBeforeTheDividend_KeepsEarlierPricesAndRaisesLaterOnes()
    {
        var t = PB.ToTotal(Closes, Factors, 1);
        Assert.Equal(100.0, t[0]);
        Assert.Equal(101.0, t[1]);
        Assert.Equal(101.99, t[2], 12);
    }

    [Fact]
    public void ToTotal_NaNFactor_GivesNaN()
    {
        var t = PB.ToTotal([1.0, 2.0], [1.0, double.NaN], 0);
        Assert.True(double.IsNaN(t[1]));
    }

    [Fact]
    public void ToTotal_LengthMismatch_ThrowsNamingFactor()
    {
        var ex = Assert.Throws<ArgumentException>(() => PB.ToTotal([1.0, 2.0], [1.0], 0));
        Assert.Equal("totalReturnFactor", ex.ParamName);
    }

    [Fact]
    public void ToTotal_AnchorOutside_ThrowsNamingAnchor()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PB.ToTotal([1.0, 2.0], [1.0, 1.0], 2));
        Assert.Equal("anchorIndex", ex.ParamName);
    }

    [Fact]
    public void ToTotal_Empty_ReturnsEmpty()
    {
        Assert.Empty(PB.ToTotal([], [], 0));
    }

    [Fact]
    public void AnchorIndex_AsOfBetweenSessions_LastSessionOnOrBefore()
    {
        DateOnly[] dates = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 5)];
        Assert.Equal(1, PB.AnchorIndex(dates, new DateOnly(2024, 1, 4)));
        Assert.Equal(2, PB.AnchorIndex(dates, null));
        Assert.Equal(0, PB.AnchorIndex(dates, new DateOnly(2023, 12, 1)));
        Assert.Equal(-1, PB.AnchorIndex([], null));
    }
}
