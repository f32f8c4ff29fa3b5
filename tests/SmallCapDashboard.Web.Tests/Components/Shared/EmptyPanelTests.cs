using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>
/// Panels with nothing in the window say why (ChartPanel's EmptyState from the figure's coverage) instead of drawing
/// blank space: a window past the last stored bar of the synthetic test market (weekdays 2014-01-02 to 2024-12-31).
/// </summary>
public sealed class EmptyPanelTests : DashboardContext
{
    private const string PastTheData = "from=2025-02-03&to=2025-02-28";

    [Fact]
    public void Spread_WindowPastTheLastBar_EveryChartNamesTheWindowAndTheStoredDates()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&" + PastTheData, "[data-testid=empty-state]");

        var states = cut.FindAll("[data-testid=chart-panel] [data-testid=empty-state]");
        Assert.Equal(4, states.Count);
        Assert.All(states, s => Assert.Equal(
            "No prices for IWM, SPY between 2025-02-03 and 2025-02-28. Stored prices: IWM 2014-01-02 to 2024-12-31; SPY 2014-01-02 to 2024-12-31. Pick a window inside those dates.",
            Text(s)));
    }

    [Fact]
    public void Indicators_WindowPastTheLastBar_SaysSo()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=IWM&" + PastTheData, "[data-testid=chart-panel] [data-testid=empty-state]");

        Assert.Equal(
            "No prices for IWM between 2025-02-03 and 2025-02-28. Stored prices: IWM 2014-01-02 to 2024-12-31. Pick a window inside those dates.",
            Text(cut.Find("[data-testid=chart-panel] [data-testid=empty-state]")));
    }

    [Fact]
    public async Task Leveraged_WindowPastTheLastBar_DragAndFundChartsSaySo()
    {
        // FlowsMarket's pair TLEV (β = 3) on TIDX: three sessions, 2024-03-04 .. 03-06.
        await FlowsMarket.SeedAsync(Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SmallCapDashboard.Data.MarketDbContext>>());
        var cut = RenderAt<Leveraged>("/leveraged?funds=TLEV&index=TIDX&from=2024-04-01&to=2024-04-30", "[data-testid=chart-panel] [data-testid=empty-state]");

        var states = cut.FindAll("[data-testid=chart-panel] [data-testid=empty-state]").Select(Text).ToList();
        Assert.Contains(
            "No prices for TIDX, TLEV between 2024-04-01 and 2024-04-30. Stored prices: TIDX 2024-03-04 to 2024-03-06; TLEV 2024-03-04 to 2024-03-06. Pick a window inside those dates.",
            states);
        Assert.Contains(
            "No prices for TLEV, TIDX between 2024-04-01 and 2024-04-30. Stored prices: TLEV 2024-03-04 to 2024-03-06; TIDX 2024-03-04 to 2024-03-06. Pick a window inside those dates.",
            states);
        Assert.Equal(cut.FindAll("[data-testid=chart-panel]").Count, states.Count);
    }

    [Fact]
    public void Spread_WindowInsideTheData_NoEmptyState()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&from=2024-12-02&to=2024-12-31", "[data-testid=returns-table]");
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=chart-panel]").Count), Wait);
        Assert.Empty(cut.FindAll("[data-testid=chart-panel] [data-testid=empty-state]"));
    }
}

/// <summary>The 2026 real flows of the bundle: AUM exists only where shares and NAV are both reported (2026-03-30 and 03-31 in real_2026.csv).</summary>
public sealed class RealFlowsEmptyPanelTests : BundlePageContext
{
    [Fact]
    public void Flows_RealOnlyWindowBeforeAnyAum_AumPanelNamesTheDaysThatHaveIt()
    {
        var cut = RenderAt<SmallCapDashboard.Web.Components.Pages.Flows>("/flows?funds=IWM,SPY&from=2026-01-02&to=2026-03-27&real=1", "[data-testid=flow-summary]");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-chart=flows-aum] [data-testid=empty-state]")), Wait);
        Assert.Equal(
            "No AUM for IWM, SPY between 2026-01-02 and 2026-03-27. Stored AUM: IWM 2026-03-30 to 2026-03-31; SPY 2026-03-30 to 2026-03-31. Pick a window inside those dates.",
            Text(cut.Find("[data-chart=flows-aum] [data-testid=empty-state]")));
        // The flows themselves are there: the net-flow chart draws.
        Assert.Empty(cut.FindAll("[data-chart=flows-net] [data-testid=empty-state]"));
    }
}
