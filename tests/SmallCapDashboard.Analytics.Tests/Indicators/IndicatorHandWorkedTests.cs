using SmallCapDashboard.Analytics.Indicators;

namespace SmallCapDashboard.Analytics.Tests.Indicators;

/// <summary>Small series worked out by hand (the arithmetic is in the comments).</summary>
public sealed class IndicatorHandWorkedTests
{
    private const double Tol = 1e-12;

    [Fact]
    public void Sma_FivePointsPeriodThree_AveragesLastThree()
    {
        // (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+8)/3 = 5
        var r = Sma.Calculate([1, 2, 3, 4, 8], 3);

        Assert.True(double.IsNaN(r[0]) && double.IsNaN(r[1]));
        Assert.Equal(2.0, r[2], Tol);
        Assert.Equal(3.0, r[3], Tol);
        Assert.Equal(5.0, r[4], Tol);
    }

    [Fact]
    public void Ema_PeriodThree_SeededWithSmaThenHalfWeight()
    {
        // α = 2/(3+1) = 0.5; seed = (2+4+6)/3 = 4; then 4 + 0.5·(8 − 4) = 6; 6 + 0.5·(2 − 6) = 4
        var r = Ema.Calculate([2, 4, 6, 8, 2], 3);

        Assert.True(double.IsNaN(r[0]) && double.IsNaN(r[1]));
        Assert.Equal(4.0, r[2], Tol);
        Assert.Equal(6.0, r[3], Tol);
        Assert.Equal(4.0, r[4], Tol);
    }

    [Fact]
    public void Rsi_PeriodTwo_WilderSmoothing()
    {
        // changes: +2, −1, +3, −2
        // first averages over 2 changes: gain (2+0)/2 = 1, loss (0+1)/2 = 0.5 → RSI = 100·1/1.5 = 66.666…
        // next (+3): gain (1·1 + 3)/2 = 2, loss (0.5·1 + 0)/2 = 0.25 → 100·2/2.25 = 88.888…
        // next (−2): gain (2 + 0)/2 = 1, loss (0.25 + 2)/2 = 1.125 → 100·1/2.125 = 47.0588…
        var r = Rsi.Calculate([10, 12, 11, 14, 12], 2);

        Assert.True(double.IsNaN(r[0]) && double.IsNaN(r[1]));
        Assert.Equal(200.0 / 3.0, r[2], 1e-10);
        Assert.Equal(800.0 / 9.0, r[3], 1e-10);
        Assert.Equal(100.0 / 2.125, r[4], 1e-10);
    }

    [Fact]
    public void Rsi_OnlyRises_IsHundred()
    {
        var r = Rsi.Calculate([1, 2, 3, 4, 5, 6], 3);
        Assert.Equal(100.0, r[5], Tol);
    }

    [Fact]
    public void Rsi_NoMovementAtAll_IsNeutralFifty()
    {
        var r = Rsi.Calculate([5, 5, 5, 5], 2);
        Assert.Equal(50.0, r[3]);
    }

    [Fact]
    public void Macd_SmallPeriods_TextbookSeeding()
    {
        // fast 2 (α = 2/3), slow 3 (α = 1/2), signal 2 (α = 2/3); values 1, 2, 3, 4, 5
        // fast EMA: seed (1+2)/2 = 1.5 at 1; 1.5 + 2/3·(3 − 1.5) = 2.5; 2.5 + 2/3·1.5 = 3.5; 4.5
        // slow EMA: seed (1+2+3)/3 = 2 at 2; 2 + 0.5·(4 − 2) = 3; 3 + 0.5·2 = 4
        // line from index 2: 2.5 − 2 = 0.5, 3.5 − 3 = 0.5, 4.5 − 4 = 0.5
        // signal from index 3: seed (0.5 + 0.5)/2 = 0.5; 0.5; histogram 0
        var r = Macd.Calculate([1, 2, 3, 4, 5], 2, 3, 2);

        Assert.True(double.IsNaN(r.Line[1]));
        Assert.Equal(0.5, r.Line[2], Tol);
        Assert.Equal(0.5, r.Line[4], Tol);
        Assert.True(double.IsNaN(r.Signal[2]) && double.IsNaN(r.Histogram[2]));
        Assert.Equal(0.5, r.Signal[3], Tol);
        Assert.Equal(0.5, r.Signal[4], Tol);
        Assert.Equal(0.0, r.Histogram[4], Tol);
    }

    [Fact]
    public void Bollinger_PeriodFour_PopulationDeviation()
    {
        // window 2, 4, 4, 6: mean 4; squared deviations 4, 0, 0, 4 → population variance 8/4 = 2; σ = √2
        // k = 1.5 → bands 4 ± 1.5·√2
        var r = Bollinger.Calculate([2, 4, 4, 6], 4, 1.5);

        Assert.Equal(4.0, r.Middle[3], Tol);
        Assert.Equal(4.0 + (1.5 * Math.Sqrt(2.0)), r.Upper[3], Tol);
        Assert.Equal(4.0 - (1.5 * Math.Sqrt(2.0)), r.Lower[3], Tol);
    }

    [Fact]
    public void RealisedVolatility_AlternatingReturns_SampleDeviationAnnualised()
    {
        // prices 100, 110, 100, 110: log returns a, −a, a with a = ln 1.1
        // over 3 returns: mean a/3; deviations 2a/3, −4a/3, 2a/3 → sum of squares (4+16+4)a²/9 = 24a²/9
        // sample variance (n − 1 = 2): 12a²/9 = 4a²/3 → σ = 2a/√3; annualised ×√252
        var a = Math.Log(1.1);
        var r = RealisedVolatility.Calculate([100, 110, 100, 110], 3, 252);

        Assert.True(double.IsNaN(r[2]));
        Assert.Equal(2 * a / Math.Sqrt(3) * Math.Sqrt(252), r[3], 1e-12);
    }

    [Fact]
    public void RealisedVolatility_FlatStretch_ExactlyZeroAfterMovement()
    {
        double[] values = [100, 103, 98, 105, 99, 50, 50, 50, 50, 50];

        var r = RealisedVolatility.Calculate(values, 3);

        // windows ending at 8 and 9 hold only the zero returns of the flat 50s
        Assert.Equal(0.0, r[8], 1e-15);
        Assert.Equal(0.0, r[9], 1e-15);
        Assert.True(r[7] > 0.1);
    }
}
