using SmallCapDashboard.Web.Services.Flows;
using static SmallCapDashboard.Web.Tests.Harness.FlowTestData;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Flows;

public sealed class FlowViewBuilderTests
{
    private const double Tolerance = 1e-9;

    // Hand calculation for FiveDays():
    // net flow = reported where given, else (shares(t) − shares(t−1)) × NAV(t):
    //   day0 none; day1 (110−100)×10 = 100; day2 (105−110)×20 = −100; day3 reported 500; day4 (120−105)×10 = 150.
    // AUM = shares × NAV: 1000, 1100, 2100, 2100, 1200.
    // % of AUM = flow / previous AUM × 100: −, 10, −9.0909…, 23.8095…, 7.142857…

    [Fact]
    public void Build_WindowFromSecondDay_CutsAndSumsFromWindowStart()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, D("2024-01-03"), D("2024-01-05"));

        Assert.Equal([D("2024-01-03"), D("2024-01-04"), D("2024-01-05")], view.Dates);
        Assert.Equal([100.0, -100.0, 500.0], view.NetFlow.Select(v => v!.Value));
        Assert.Equal([100.0, 0.0, 500.0], view.Cumulative.Select(v => v!.Value));
        Assert.Equal([1100.0, 2100.0, 2100.0], view.Aum.Select(v => v!.Value));
        Assert.Equal(10.0, view.PercentOfAum[0]!.Value, Tolerance);
        Assert.Equal(-100.0 / 1100.0 * 100.0, view.PercentOfAum[1]!.Value, Tolerance);
        Assert.Equal(500.0 / 2100.0 * 100.0, view.PercentOfAum[2]!.Value, Tolerance);
        Assert.Equal(D("2024-01-08"), view.LastDate);
    }

    [Fact]
    public void Build_TrailingAverage_LooksBackBeforeTheWindow()
    {
        // Trailing 30 calendar days: on 01-05 the reported flows are 100, −100, 500 → 500 / 3.
        var view = FlowViewBuilder.Build(FiveDays(), null, D("2024-01-05"), D("2024-01-05"));

        Assert.Single(view.Dates);
        Assert.Equal(500.0 / 3.0, view.TrailingAverage[0]!.Value, Tolerance);
        Assert.True(view.TrailingModelled[0]);
        Assert.False(view.Modelled[0]);
        Assert.Equal(500.0, view.Cumulative[0]!.Value, Tolerance);
        Assert.False(view.CumulativeModelled[0]);
    }

    [Fact]
    public void Build_ModelledFlags_FollowTheRowsInTheWindow()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, D("2024-01-04"), D("2024-01-08"));

        Assert.Equal([false, false, true], view.Modelled);
        Assert.Equal([false, false, true], view.CumulativeModelled);
        Assert.Equal(2, view.RealDays);
        Assert.Equal(1, view.ModelledDays);
        Assert.Equal(["ProShares historical NAV"], view.RealSources);
        Assert.Equal(["model:v1"], view.ModelledSources);
    }

    [Fact]
    public void Build_WindowOfRealDaysOnly_HasNoModelledLabel()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, D("2024-01-04"), D("2024-01-05"));

        Assert.False(view.AnyModelled);
        Assert.Equal(0, view.ModelledDays);
    }

    [Fact]
    public void Build_WindowBeforeData_IsEmpty()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, D("2023-01-01"), D("2023-12-31"));

        Assert.Equal(0, view.Count);
        Assert.False(view.AnyModelled);
    }

    [Fact]
    public void Bars_Weekly_KeepsRealAndModelledSumsApart()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, null, D("2024-01-08"));

        var bars = FlowViewBuilder.Bars(view, FlowGranularity.Weekly);

        // ISO week of 2024-01-01: real −100 + 500 = 400, modelled 100 (day0 has no flow); week of 01-08: modelled 150.
        Assert.Equal(2, bars.Count);
        Assert.Equal(new FlowBar(D("2024-01-05"), 400.0, 100.0), bars[0]);
        Assert.Equal(new FlowBar(D("2024-01-08"), null, 150.0), bars[1]);
    }

    [Fact]
    public void Bars_Daily_PutsEachDayOnItsSide()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, null, D("2024-01-08"));

        var bars = FlowViewBuilder.Bars(view, FlowGranularity.Daily);

        Assert.Equal(new FlowBar(D("2024-01-03"), null, 100.0), bars[1]);
        Assert.Equal(new FlowBar(D("2024-01-05"), 500.0, null), bars[3]);
    }

    [Theory]
    [InlineData(20, FlowGranularity.Daily)]
    [InlineData(130, FlowGranularity.Daily)]
    [InlineData(131, FlowGranularity.Weekly)]
    [InlineData(520, FlowGranularity.Weekly)]
    [InlineData(521, FlowGranularity.Monthly)]
    [InlineData(1300, FlowGranularity.Monthly)]
    [InlineData(6000, FlowGranularity.Monthly)]
    public void GranularityFor_Sessions_PicksSums(int sessions, FlowGranularity expected) =>
        Assert.Equal(expected, FlowViewBuilder.GranularityFor(sessions));

    [Fact]
    public void SumOver_ThirtyDays_AddsReportedFlowsAndFlagsModelled()
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, null, D("2024-01-08"));

        var (sum, modelled, reported) = FlowViewBuilder.SumOver(view, D("2024-01-08"), 30);

        Assert.Equal(100.0 - 100.0 + 500.0 + 150.0, sum!.Value, Tolerance);
        Assert.True(modelled);
        Assert.Equal(4, reported);
    }

    [Fact]
    public void Build_Prices_AreCutToTheWindow()
    {
        var dates = new[] { D("2024-01-02"), D("2024-01-03"), D("2024-01-04") };
        var bars = Bars("TEST", dates, [10, 11, 12]);

        var view = FlowViewBuilder.Build(FiveDays(), bars, D("2024-01-03"), D("2024-01-05"));

        Assert.Equal([D("2024-01-03"), D("2024-01-04")], view.PriceDates);
        Assert.Equal([11.0, 12.0], view.PriceCloses);
    }
}
