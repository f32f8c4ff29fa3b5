using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Web.Services.Overview;
using static SmallCapDashboard.Web.Tests.Harness.FlowTestData;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Overview;

public sealed class OverviewFiguresTests
{
    [Fact]
    public void YtdReturn_FromLastCloseOfPreviousYear_IsHandValue()
    {
        var bars = Bars("IWM", [D("2023-12-28"), D("2023-12-29"), D("2024-01-02"), D("2024-01-03")], [90, 100, 105, 99]);

        // Base = 2023-12-29 close 100; as of 2024-01-03 close 99 → −1 %.
        Assert.Equal(-0.01, OverviewFigures.YtdReturn(bars, D("2024-01-03"))!.Value, 1e-12);
        // As of 2024-01-02: 105 / 100 − 1 = +5 %.
        Assert.Equal(0.05, OverviewFigures.YtdReturn(bars, D("2024-01-02"))!.Value, 1e-12);
    }

    [Fact]
    public void YtdReturn_NoPreviousYear_IsNull()
    {
        var bars = Bars("IWM", [D("2024-01-02"), D("2024-01-03")], [100, 99]);

        Assert.Null(OverviewFigures.YtdReturn(bars, D("2024-01-03")));
    }

    [Fact]
    public void FromHigh_BelowPeak_GivesDepthAndPeakDate()
    {
        var bars = Bars("IWM", [D("2024-01-02"), D("2024-01-03"), D("2024-01-04"), D("2024-01-05")], [100, 120, 90, 108]);

        var d = OverviewFigures.FromHigh(bars, D("2024-01-05"))!;

        Assert.Equal(108.0 / 120.0 - 1, d.Drawdown, 1e-12);
        Assert.Equal(D("2024-01-03"), d.HighDate);
        Assert.Equal(120.0, d.High);
    }

    [Fact]
    public void LatestCross_RisingThenFalling_FindsTheDeathCross()
    {
        // SMA(1) is the close itself; SMA(2) the mean of two. Closes 1,2,3,2,1: fast − slow = ., 0.5, 0.5, −0.5, −0.5
        // → the sign turns on day 4 (index 3): a death cross.
        var dates = new[] { D("2024-01-02"), D("2024-01-03"), D("2024-01-04"), D("2024-01-05"), D("2024-01-08") };
        var bars = Bars("IWM", dates, [1, 2, 3, 2, 1]);

        var cross = OverviewFigures.LatestCross(bars, 1, 2, D("2024-01-08"));

        Assert.NotNull(cross);
        Assert.Equal(CrossType.Death, cross.Value.Type);
        Assert.Equal(D("2024-01-05"), cross.Value.Date);
        Assert.Null(OverviewFigures.LatestCross(bars, 1, 2, D("2024-01-04")));
    }

    [Fact]
    public void IndicatorsLink_AroundSignal_PinsThreeMonthsEitherSide()
    {
        var link = OverviewLinks.Indicators("IWM", [50, 200], D("2024-06-10"), D("2024-12-31"));

        Assert.Equal("/indicators?symbol=IWM&ma=50,200&from=2024-03-10&to=2024-09-10", link);
    }

    [Fact]
    public void IndicatorsLink_SignalNearDataEnd_StopsAtLastDate()
    {
        var link = OverviewLinks.Indicators("IWM", [10, 50], D("2024-06-10"), D("2024-07-01"));

        Assert.EndsWith("&to=2024-07-01", link, StringComparison.Ordinal);
    }

    [Fact]
    public void RealFlowsLink_IsTheBundled2026RealView() =>
        Assert.Equal("/flows?funds=IWM,SPY,DIA,QQQ&from=2026-01-02&to=2026-04-03&real=1", OverviewLinks.RealFlows2026);
}
