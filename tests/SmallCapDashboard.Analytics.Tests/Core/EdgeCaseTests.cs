using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Analytics.Leverage;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Analytics.Tests.Core;

/// <summary>Empty series, a single point and NaN input across the performance, flow, leverage and reduction maths.</summary>
public class EdgeCaseTests
{
    private static readonly DateOnly Day = new(2024, 1, 2);

    [Fact]
    public void EmptyInputs_EmptyOutputs()
    {
        Assert.Empty(Drawdown.FromAllTimeHigh([]));
        Assert.Equal((0.0, -1, -1), Drawdown.Maximum([]));
        Assert.Empty(NewHighs.Flags([], [], HighKind.FiftyTwoWeek));
        Assert.Empty(Spread.Compute([], []));
        Assert.Empty(RollingSpread.Compute([], [], 5));
        Assert.Empty(FlowMath.Aum([], []));
        Assert.Empty(FlowMath.PercentOfAum([], []));
        Assert.Empty(FlowAggregation.Monthly([], []));
        Assert.Equal(0, LeverageMath.DragByHoldingPeriod([], [], 3.0, Period.W1).Count);
        Assert.Empty(BarAggregation.Monthly([]));
        Assert.Equal(0, RelativeStrength.RatioSeries(DatedSeries.Empty, DatedSeries.Empty).Count);
        Assert.Null(Periods.WindowBaseIndex([], Day));
    }

    [Fact]
    public void SinglePoint_NeutralValues()
    {
        Assert.Equal([0.0], Drawdown.FromAllTimeHigh([5.0]));
        Assert.Equal([true], NewHighs.Flags([Day], [5.0], HighKind.FiftyTwoWeek));
        Assert.Equal([0.0], LeverageMath.DailyResetPath([5.0], 3.0, 0));
        Assert.Equal([0.0], LeverageMath.CompoundingDrag([5.0], 3.0, 0));
        Assert.Equal([1.0], RelativeStrength.Ratio([5.0], [2.0], 0));
        Assert.Equal([null], FlowMath.NetFlowFromShares([100.0], [10.0]));
        Assert.Equal([5.0], FlowMath.TrailingAverage([Day], [5.0]));
        var bar = new OhlcvBar(Day, 1, 2, 0.5, 1.5, 10);
        Assert.Equal([bar], BarAggregation.Weekly([bar]));
        var rows = PeriodReturns.Compute([Day], [5.0], Day);
        Assert.Null(rows.Single(r => r.Period == Period.Max).Return);   // base = end: no move to measure
        Assert.Null(rows.Single(r => r.Period == Period.W1).Return);
    }

    [Fact]
    public void NaNInput_PropagatesAsMissing()
    {
        double[] closes = [100.0, double.NaN, 110.0];
        Assert.True(double.IsNaN(Spread.Compute([0.1, double.NaN], [0.0, 0.0])[1]));
        Assert.True(double.IsNaN(RelativeStrength.Ratio(closes, [1.0, 1.0, 1.0], 0)[1]));
        Assert.True(double.IsNaN(RollingSpread.Compute(closes, [1.0, 1.0, 1.0], 1)[2]));
        Assert.Equal([true, false, true], NewHighs.Flags([Day, Day.AddDays(1), Day.AddDays(2)], closes, HighKind.AllTime));
        var path = LeverageMath.DailyResetPath(closes, 2.0, 0);
        Assert.True(double.IsNaN(path[1]));
        Assert.True(double.IsNaN(path[2]));
        Assert.Null(FlowMath.Cumulative([double.NaN])[0]);
        Assert.Null(FlowAggregation.Weekly([Day], [double.NaN])[0].Sum);
        var none = PeriodReturns.Compute([Day, Day.AddDays(7)], [double.NaN, 1.0], Day.AddDays(7));
        Assert.Null(none.Single(r => r.Period == Period.W1).Return);
    }

    [Fact]
    public void Lttb_AllNaNSeries_StillExactCountWithEnds()
    {
        var y = new double[50];
        Array.Fill(y, double.NaN);
        var x = new double[50];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = i;
        }

        var idx = Lttb.SelectIndices(x, [y], 7);
        Assert.Equal(7, idx.Length);
        Assert.Equal(0, idx[0]);
        Assert.Equal(49, idx[^1]);
    }
}
