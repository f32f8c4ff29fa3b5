using SmallCapDashboard.Analytics.Core;
using PB = SmallCapDashboard.Analytics.PriceBases.PriceBases;

namespace SmallCapDashboard.Analytics.Tests.PriceBases;

public class PriceBasesTests
{
    // A fund at 100, 101, then pays a 2.00 dividend and trades ex-dividend at 99.99.
    // Total-return factor: 1.0 until the ex-date, then 1 + 2.00 / 99.99 (dividend reinvested at the ex close)
    // is the usual definition; here we only need factors as given by storage.
    private static readonly double[] Closes = [100.0, 101.0, 99.99];
    private static readonly double[] Factors = [1.0, 1.0, 1.0 + 2.0 / 99.99];

    [Fact]
    public void ToTotal_DividendDay_AddsDividendBack()
    {
        var total = PB.ToTotal(Closes, Factors);
        // 99.99 × (1 + 2 / 99.99) = 99.99 + 2 = 101.99
        Assert.Equal(100.0, total[0], 12);
        Assert.Equal(101.0, total[1], 12);
        Assert.Equal(101.99, total[2], 12);
    }

    [Fact]
    public void ToPrice_RoundTrip_RecoversPriceBasis()
    {
        var back = PB.ToPrice([100.0, 101.0, 101.99], Factors);
        Assert.Equal(99.99, back[2], 12);
    }

    [Fact]
    public void Select_Price_ReturnsCopyOfInput()
    {
        var p = PB.Select(PriceBasis.Price, Closes, Factors);
        Assert.Equal(Closes, p);
        Assert.NotSame(Closes, p);
    }

    [Fact]
    public void Select_Total_ReturnsTotalSeries()
    {
        var t = PB.Select(PriceBasis.Total, Closes, Factors);
        Assert.Equal(101.99, t[2], 12);
    }

    [Fact]
    public void Select_TotalBars_ScalesPricesNotVolume()
    {
        OhlcvBar[] bars = [new(new DateOnly(2024, 1, 2), 10, 12, 9, 11, 1000)];
        var t = PB.Select(PriceBasis.Total, bars, [1.5]);
        // 10 × 1.5 = 15, 12 × 1.5 = 18, 9 × 1.5 = 13.5, 11 × 1.5 = 16.5; volume unchanged.
        Assert.Equal(new OhlcvBar(new DateOnly(2024, 1, 2), 15, 18, 13.5, 16.5, 1000), t[0]);
    }

    [Fact]
    public void ToTotal_NaNFactor_GivesNaN()
    {
        var t = PB.ToTotal([1.0, 2.0], [1.0, double.NaN]);
        Assert.True(double.IsNaN(t[1]));
    }

    [Fact]
    public void ToTotal_LengthMismatch_ThrowsNamingFactor()
    {
        var ex = Assert.Throws<ArgumentException>(() => PB.ToTotal([1.0, 2.0], [1.0]));
        Assert.Equal("totalReturnFactor", ex.ParamName);
    }

    [Fact]
    public void ToTotal_Empty_ReturnsEmpty()
    {
        Assert.Empty(PB.ToTotal([], []));
    }
}
