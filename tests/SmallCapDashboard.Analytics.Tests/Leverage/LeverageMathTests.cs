using CsCheck;
using SmallCapDashboard.Analytics.Leverage;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Leverage;

public class LeverageMathTests
{
    // Index: +10 %, −10 %, +10 % → 100, 110, 99, 108.9.
    private static readonly double[] Index = [100.0, 110.0, 99.0, 108.9];

    [Fact]
    public void DailyResetPath_TwoTimes_ProductOfLeveredDailyReturns()
    {
        var p = LeverageMath.DailyResetPath(Index, 2.0, 0);
        Assert.Equal(0.0, p[0]);
        Assert.Equal(1.2 - 1, p[1], 14);                 // 1 + 2·0.10
        Assert.Equal(1.2 * 0.8 - 1, p[2], 14);           // × (1 + 2·(−0.10))
        Assert.Equal(1.2 * 0.8 * 1.2 - 1, p[3], 14);     // = 0.152
    }

    [Fact]
    public void DailyResetPath_Inverse_ProductOfNegatedDailyReturns()
    {
        var p = LeverageMath.DailyResetPath(Index, -1.0, 1);
        Assert.True(double.IsNaN(p[0]));
        Assert.Equal(0.0, p[1]);
        Assert.Equal(1.1 - 1, p[2], 14);                 // index −10 % → +10 %
        Assert.Equal(1.1 * 0.9 - 1, p[3], 14);           // index +10 % → −10 %: −1 %
    }

    [Fact]
    public void DailyResetPath_DailyLossBeyondHundredPercent_WipedOut()
    {
        // β = −3 and the index gains 40 %: 1 − 3·0.4 = −0.2 ≤ 0 → the fund is gone and stays at −100 %.
        var p = LeverageMath.DailyResetPath([100.0, 140.0, 150.0], -3.0, 0);
        Assert.Equal(-1.0, p[1]);
        Assert.Equal(-1.0, p[2]);
    }

    [Fact]
    public void CompoundingDrag_ChoppyIndex_PathMinusBetaTimesIndexReturn()
    {
        var d = LeverageMath.CompoundingDrag(Index, 2.0, 0);
        Assert.Equal(0.0, d[0]);
        Assert.Equal((1.2 - 1) - 2 * (110.0 / 100 - 1), d[1], 14);             // 0: one day has no drag
        Assert.Equal((1.2 * 0.8 - 1) - 2 * (99.0 / 100 - 1), d[2], 14);        // −0.04 − (−0.02) = −0.02
        Assert.Equal((1.2 * 0.8 * 1.2 - 1) - 2 * (108.9 / 100 - 1), d[3], 14); // 0.152 − 0.178 = −0.026
    }

    [Fact]
    public void CompoundingDrag_BetaOne_IsZero()
    {
        Gen.Double[50, 150].Array[2, 50].Sample(closes =>
        {
            var d = LeverageMath.CompoundingDrag(closes, 1.0, 0);
            foreach (var x in d)
            {
                if (Math.Abs(x) > 1e-12)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void TrackingDifference_FundLagsPath_ActualMinusPath()
    {
        double[] fund = [50.0, 59.9, 47.9, 57.4];
        var td = LeverageMath.TrackingDifference(fund, Index, 2.0, 0);
        Assert.Equal(0.0, td[0]);
        Assert.Equal((59.9 / 50 - 1) - (1.2 - 1), td[1], 14);                  // 0.198 − 0.2 = −0.002
        Assert.Equal((57.4 / 50 - 1) - (1.2 * 0.8 * 1.2 - 1), td[3], 14);      // 0.148 − 0.152 = −0.004
    }

    [Fact]
    public void TrackingDifference_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => LeverageMath.TrackingDifference([1.0], Index, 2.0, 0));
    }

    [Fact]
    public void ExpectedLogDrag_ThreeTimesAtTwentyPercentVol_HandWorked()
    {
        // (β² − β)/2 · σ² · t = (9 − 3)/2 · 0.04 · 1 = 0.12
        Assert.Equal(0.12, LeverageMath.ExpectedLogDrag(3.0, 0.20, 1.0), 14);
        // β = −3: (9 + 3)/2 · 0.04 · 0.5 = 0.12
        Assert.Equal(0.12, LeverageMath.ExpectedLogDrag(-3.0, 0.20, 0.5), 14);
        Assert.Equal(0.0, LeverageMath.ExpectedLogDrag(1.0, 0.20, 1.0));
    }

    [Fact]
    public void Expected_FlatIndex_SimpleEquivalents()
    {
        // Index return 0: fund ≈ e^(−0.12) − 1 ≈ −11.3 %, all of it drag.
        var e = LeverageMath.Expected(3.0, 0.20, 1.0, 0.0);
        Assert.Equal(0.12, e.LogDrag, 14);
        Assert.Equal(Math.Exp(-0.12) - 1, e.DragFactor, 14);
        Assert.Equal(Math.Exp(-0.12) - 1, e.ExpectedFundReturn, 14);
        Assert.Equal(Math.Exp(-0.12) - 1, e.ExpectedCompoundingDrag, 14);
        // Index +10 %: 1.1³ · e^(−0.12) − 1, minus 3 × 0.1.
        var u = LeverageMath.Expected(3.0, 0.20, 1.0, 0.10);
        Assert.Equal(1.331 * Math.Exp(-0.12) - 1, u.ExpectedFundReturn, 12);
        Assert.Equal(1.331 * Math.Exp(-0.12) - 1 - 0.3, u.ExpectedCompoundingDrag, 12);
    }

    [Fact]
    public void RealisedVolatility_TwoReturns_SampleStdAnnualised()
    {
        double a = Math.Log(1.1), b = Math.Log(0.9), m = (a + b) / 2;
        var expected = Math.Sqrt(((a - m) * (a - m) + (b - m) * (b - m)) / 1 * 252);
        Assert.Equal(expected, LeverageMath.RealisedVolatility([100.0, 110.0, 99.0], 0, 2), 12);
        Assert.True(double.IsNaN(LeverageMath.RealisedVolatility([100.0, 110.0], 0, 1)));
    }

    [Fact]
    public void DragByHoldingPeriod_OneWeek_CalendarWindowsAndStatistics()
    {
        DateOnly[] dates =
        [
            new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5),
            new(2024, 1, 8), new(2024, 1, 9),
        ];
        double[] c = [100, 110, 99, 108.9, 100, 105, 95];
        // Ends with a close on or before end − 7 days: 01-08 (start 01-01) and 01-09 (start 01-02).
        // Window 1, indices 0..5: daily returns 0.1, −0.1, 0.1, 100/108.9 − 1, 0.05.
        var p1 = 1.2 * 0.8 * 1.2 * (1 + 2 * (100 / 108.9 - 1)) * 1.1;
        var d1 = p1 - 1 - 2 * (105.0 / 100 - 1);
        // Window 2, indices 1..6: −0.1, 0.1, 100/108.9 − 1, 0.05, 95/105 − 1.
        var p2 = 0.8 * 1.2 * (1 + 2 * (100 / 108.9 - 1)) * 1.1 * (1 + 2 * (95.0 / 105 - 1));
        var d2 = p2 - 1 - 2 * (95.0 / 110 - 1);
        var dist = LeverageMath.DragByHoldingPeriod(dates, c, 2.0, Period.W1);
        Assert.Equal(2, dist.Count);
        var lo = Math.Min(d1, d2);
        var hi = Math.Max(d1, d2);
        Assert.Equal(lo, dist.Min, 12);
        Assert.Equal(hi, dist.Max, 12);
        Assert.Equal((d1 + d2) / 2, dist.Mean, 12);
        Assert.Equal((d1 + d2) / 2, dist.Median, 12);
        Assert.Equal(lo + 0.25 * (hi - lo), dist.P25, 12);   // rank 0.25 · (2 − 1)
        Assert.Equal(lo + 0.95 * (hi - lo), dist.P95, 12);
    }

    [Fact]
    public void DragByHoldingPeriod_HistoryShorterThanPeriod_EmptyDistribution()
    {
        var dist = LeverageMath.DragByHoldingPeriod([new(2024, 1, 1), new(2024, 1, 2)], [100.0, 101.0], 3.0, Period.M1);
        Assert.Equal(0, dist.Count);
        Assert.True(double.IsNaN(dist.Median));
    }

    [Fact]
    public void DragByHoldingPeriod_Ytd_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            LeverageMath.DragByHoldingPeriod([new(2024, 1, 1)], [100.0], 3.0, Period.Ytd));
        Assert.Equal("holding", ex.ParamName);
    }

    [Fact]
    public void BetaTimesIndex_ThreeTimes_NaiveLine()
    {
        var l = LeverageMath.BetaTimesIndex(Index, 3.0, 1);
        Assert.True(double.IsNaN(l[0]));
        Assert.Equal(0.0, l[1]);
        Assert.Equal(3 * (99.0 / 110 - 1), l[2], 14);   // 3 × (−10 %) = −30 %
    }
}
