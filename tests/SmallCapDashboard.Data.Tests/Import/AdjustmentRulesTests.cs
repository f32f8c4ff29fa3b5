using SmallCapDashboard.Data.Import.Bars;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>The two small rules behind the canonical basis: split detection (EOD) and tick snapping (yfinance).</summary>
public class AdjustmentRulesTests
{
    [Theory]
    [InlineData(2.0, 2.0)] // 2-for-1
    [InlineData(2.03, 2.0)] // 2-for-1 on an ex-dividend day (1.5% dividend)
    [InlineData(3.0, 3.0)]
    [InlineData(1.5, 1.5)] // 3-for-2
    [InlineData(0.2, 0.2)] // 1-for-5 reverse split
    [InlineData(0.125, 0.125)] // 1-for-8 reverse split
    [InlineData(1.0, 1.0)]
    [InlineData(1.02, 1.0)] // a 2% dividend
    [InlineData(1.3, 1.0)] // a large special distribution, not a split
    [InlineData(2.6, 2.5)]
    [InlineData(1.75, 1.0)] // between 1.5 and 2 by more than 8%: not a split
    public void MatchSplit_Step_ReturnsSplitRatioOrOne(double step, double expected)
    {
        Assert.Equal(expected, EodBars.MatchSplit(step), 12);
    }

    [Theory]
    [InlineData(141.77998901103422, 141.78)] // IWM 2017-08-01 recovered from float32 data
    [InlineData(252.7100067138672, 252.71)] // float32 of 252.71
    [InlineData(45.718736, 45.71875)] // 45 23/32 before decimalisation
    [InlineData(140.96500213, 140.965)] // a half-cent print
    [InlineData(140.9651, 140.9651)] // on no grid within float32 noise: kept
    [InlineData(1124256.1520435314, 1124256.1520435314)] // noise larger than a cent: never snapped
    public void Snap_Price_SnapsOnlyWithinFloat32NoiseOfATickGrid(double price, double expected)
    {
        Assert.Equal(expected, TickGrid.Snap(price));
    }
}
