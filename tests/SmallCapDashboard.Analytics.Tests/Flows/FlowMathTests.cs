using SmallCapDashboard.Analytics.Flows;

namespace SmallCapDashboard.Analytics.Tests.Flows;

public class FlowMathTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void NetFlowFromShares_SharesChange_DeltaTimesTodaysNav()
    {
        double?[] shares = [1_000_000, 1_050_000, 1_050_000, 1_000_000];
        double?[] nav = [200.0, 201.0, 199.0, 198.0];
        var flow = FlowMath.NetFlowFromShares(shares, nav);
        Assert.Null(flow[0]);
        Assert.Equal(50_000 * 201.0, flow[1]);    // 10,050,000 created
        Assert.Equal(0.0, flow[2]);
        Assert.Equal(-50_000 * 198.0, flow[3]);   // 9,900,000 redeemed
    }

    [Fact]
    public void NetFlowFromShares_MissingShares_BothNeighboursMissing()
    {
        double?[] shares = [100, null, 120, 130];
        double?[] nav = [10.0, 10.0, 10.0, double.NaN];
        var flow = FlowMath.NetFlowFromShares(shares, nav);
        Assert.Null(flow[1]);   // shares(t) missing
        Assert.Null(flow[2]);   // shares(t−1) missing
        Assert.Null(flow[3]);   // NAV is NaN
    }

    [Fact]
    public void NetFlows_ReportedFlowPresent_KeptAsGiven()
    {
        double?[] reported = [null, 5.0, null];
        double?[] shares = [100, 200, 300];
        double?[] nav = [1.0, 1.0, 2.0];
        var flow = FlowMath.NetFlows(reported, shares, nav);
        // Index 1: reported 5 kept (the shares would say 100). Index 2: derived (300 − 200) × 2 = 200.
        Assert.Equal([null, 5.0, 200.0], flow);
    }

    [Fact]
    public void Cumulative_MissingDay_ContributesNothingAndStaysMissing()
    {
        var c = FlowMath.Cumulative([null, 10.0, null, -4.0, 6.0]);
        Assert.Equal([null, 10.0, null, 6.0, 12.0], c);
    }

    [Fact]
    public void TrailingAverage_ThirtyCalendarDays_MeanOfReportedSessions()
    {
        DateOnly[] dates = [D(2024, 1, 2), D(2024, 1, 15), D(2024, 1, 31), D(2024, 2, 1), D(2024, 2, 14)];
        double?[] flows = [30.0, null, 60.0, 90.0, 0.0];
        var avg = FlowMath.TrailingAverage(dates, flows);
        Assert.Equal(30.0, avg[0]);
        Assert.Equal(30.0, avg[1]);                  // window (2023-12-16, 2024-01-15]: only 01-02 reported
        Assert.Equal((30.0 + 60.0) / 2, avg[2]);     // (2024-01-01, 01-31]: 01-02 and 01-31
        // (2024-01-02, 02-01]: 01-02 is exactly 30 days back and drops out → 01-31 and 02-01.
        Assert.Equal((60.0 + 90.0) / 2, avg[3]);
        // (2024-01-15, 02-14]: 01-31, 02-01, 02-14.
        Assert.Equal((60.0 + 90.0 + 0.0) / 3, avg[4]);
    }

    [Fact]
    public void TrailingAverage_NoReportedDay_Null()
    {
        var avg = FlowMath.TrailingAverage([D(2024, 1, 2), D(2024, 3, 1)], [5.0, null]);
        Assert.Equal(5.0, avg[0]);
        Assert.Null(avg[1]);
    }

    [Fact]
    public void Aum_SharesTimesNav_NullWhenMissing()
    {
        var aum = FlowMath.Aum([1_000.0, null], [25.5, 26.0]);
        Assert.Equal(1_000 * 25.5, aum[0]);
        Assert.Null(aum[1]);
    }

    [Fact]
    public void PercentOfAum_FlowOverPreviousAum_InPercent()
    {
        // Day 1: 35,800,000 of flow into a fund holding 35.8B the day before = 0.1 %.
        var pct = FlowMath.PercentOfAum([null, 35_800_000.0, 1.0], [35.8e9, 36e9, 0.0]);
        Assert.Null(pct[0]);
        Assert.Equal(35_800_000.0 / 35.8e9 * 100, pct[1]!.Value, 12);
        Assert.Equal(1.0 / 36e9 * 100, pct[2]!.Value, 1e-22);
    }

    [Fact]
    public void PercentOfAum_ZeroPreviousAum_Null()
    {
        var pct = FlowMath.PercentOfAum([null, 5.0], [0.0, 10.0]);
        Assert.Null(pct[1]);
    }

    [Fact]
    public void Empty_AllFunctions_ReturnEmpty()
    {
        Assert.Empty(FlowMath.NetFlowFromShares([], []));
        Assert.Empty(FlowMath.Cumulative([]));
        Assert.Empty(FlowMath.TrailingAverage([], []));
        Assert.Empty(FlowAggregation.Weekly([], []));
    }

    [Fact]
    public void TrailingAverage_LengthMismatch_ThrowsNamingFlows()
    {
        var ex = Assert.Throws<ArgumentException>(() => FlowMath.TrailingAverage([D(2024, 1, 2)], []));
        Assert.Equal("flows", ex.ParamName);
    }
}
