using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class DrawdownTests
{
    [Fact]
    public void FromAllTimeHigh_RiseFallRecover_FractionsBelowRunningHigh()
    {
        var d = Drawdown.FromAllTimeHigh([100.0, 120.0, 90.0, 108.0, 125.0]);
        Assert.Equal(0.0, d[0]);
        Assert.Equal(0.0, d[1]);
        Assert.Equal(90.0 / 120.0 - 1, d[2], 15);   // −25 %
        Assert.Equal(108.0 / 120.0 - 1, d[3], 15);  // −10 %
        Assert.Equal(0.0, d[4]);                    // new high
    }

    [Fact]
    public void FromAllTimeHigh_NaN_StaysNaNAndKeepsHigh()
    {
        var d = Drawdown.FromAllTimeHigh([double.NaN, 100.0, double.NaN, 80.0]);
        Assert.True(double.IsNaN(d[0]));
        Assert.True(double.IsNaN(d[2]));
        Assert.Equal(80.0 / 100.0 - 1, d[3], 15);
    }

    [Fact]
    public void FromAllTimeHigh_Empty_ReturnsEmpty()
    {
        Assert.Empty(Drawdown.FromAllTimeHigh([]));
    }

    [Fact]
    public void Maximum_TwoDips_ReturnsDeeperWithIndices()
    {
        // Dip 1: 120 → 90 (−25 %); dip 2: 150 → 105 (−30 %).
        var (depth, peak, trough) = Drawdown.Maximum([100.0, 120.0, 90.0, 150.0, 105.0, 140.0]);
        Assert.Equal(105.0 / 150.0 - 1, depth, 15);
        Assert.Equal(3, peak);
        Assert.Equal(4, trough);
    }
}
