using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// A pinned as-of that is no session (a weekend, a date past the data) resolves to the last session on or before it
/// and says so, on every page that resolves a window (the test market's sessions are the weekdays to 2024-12-31).
/// </summary>
public class AsOfTests : DashboardContext
{
    private const string SpreadReady = "[data-testid=returns-table]";

    [Fact]
    public void Render_FutureAsOf_NoticeAndAsOfIsTheLastSession()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=1y&asof=2099-01-01", SpreadReady);

        var notice = Text(cut.Find("[data-testid=query-notices]"));
        Assert.Contains("2099-01-01", notice, StringComparison.Ordinal);
        Assert.Contains("2024-12-31", notice, StringComparison.Ordinal);
        Assert.Contains("2024-12-31", cut.Find("[data-testid=asof]").TextContent, StringComparison.Ordinal);
        // The window is the year to 2024-12-31, not an empty window ending in 2099.
        Assert.Contains("since the close of 2023-12-29", cut.Find("[data-chart=spread-returns] [data-testid=chart-title]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SaturdayAsOf_SnapsToFridayAndSaysSo()
    {
        // 2024-06-15 is a Saturday; the last session on or before it is Friday 2024-06-14.
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2024, 6, 15).DayOfWeek);
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=1m&asof=2024-06-15", SpreadReady);

        var notice = Text(cut.Find("[data-testid=query-notices]"));
        Assert.Contains("2024-06-15 (Saturday) is not a trading session", notice, StringComparison.Ordinal);
        Assert.Contains("2024-06-14", notice, StringComparison.Ordinal);
        Assert.Contains("As of 2024-06-14", Text(cut.Find("[data-testid=asof]")), StringComparison.Ordinal);
        Assert.Equal("2024-06-14", cut.Find("input[data-testid=asof-field], [data-testid=asof-field] input").GetAttribute("value"));
    }

    [Fact]
    public void Render_SessionAsOf_NoNotice()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=1m&asof=2024-06-14", SpreadReady);

        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
    }

    [Fact]
    public void Render_IndicatorsSaturdayAsOf_SnapsToo()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=IWM&range=3m&asof=2024-06-15", "[data-testid=hit-rate-table]");

        Assert.Contains("2024-06-14", Text(cut.Find("[data-testid=query-notices]")), StringComparison.Ordinal);
        Assert.Contains("As of 2024-06-14", Text(cut.Find("[data-testid=asof]")), StringComparison.Ordinal);
    }
}
