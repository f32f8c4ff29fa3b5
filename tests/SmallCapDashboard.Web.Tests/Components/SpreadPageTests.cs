using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components;

public class SpreadPageTests : DashboardTestContext
{
    private IRenderedComponent<Spread> Open(string url)
    {
        Nav.NavigateTo(url);
        var page = Render<Spread>();
        page.WaitForElement("[data-testid=returns-table]", TimeSpan.FromSeconds(20));
        return page;
    }

    [Fact]
    public void ClickPreset_RequeriesAndWritesRangeToUrl()
    {
        var page = Open("/spread?range=1y&small=IWM&large=SPY");
        var before = page.Find("[data-chart=spread-returns]").GetAttribute("data-revision");
        page.Find("[data-testid=control-bar] button[data-range='3m']").Click();
        page.WaitForAssertion(() =>
        {
            Assert.Contains("range=3m", Nav.Uri, StringComparison.Ordinal);
            Assert.NotEqual(before, page.Find("[data-chart=spread-returns]").GetAttribute("data-revision"));
            Assert.Equal("true", page.Find("[data-testid=control-bar] button[data-range='3m']").GetAttribute("aria-pressed"));
        }, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void BadParameter_ShowsNoticeNamingIt()
    {
        var page = Open("/spread?range=decade&colour=red");
        var notices = page.Find("[data-testid=query-notices]").TextContent;
        Assert.Contains("Parameter 'range'", notices, StringComparison.Ordinal);
        Assert.Contains("Parameter 'colour'", notices, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSymbol_NoticeAndOtherSymbolsStillShown()
    {
        var page = Open("/spread?small=IWM,NOPE&large=SPY");
        Assert.Contains("NOPE is not in the database", page.Find("[data-testid=query-notices]").TextContent, StringComparison.Ordinal);
        Assert.Contains("IWM", page.Find("[data-testid=returns-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BasisToggle_LabelsFollow()
    {
        var page = Open("/spread?range=1y&small=IWM&large=SPY");
        Assert.All(page.FindAll("[data-testid=basis-label]"), l => Assert.Contains("price (split-adjusted", l.TextContent, StringComparison.Ordinal));
        page.FindAll(".basis-toggle .mud-toggle-item").Single(e => e.TextContent.Contains("Total return", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("basis=total", Nav.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        page.WaitForAssertion(
            () => Assert.All(page.FindAll("[data-testid=basis-label]"), l => Assert.Contains("total return (splits and dividends)", l.TextContent, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20));
        Assert.Contains("total return", page.Find("[data-testid=basis-name]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleSymbol_BadgeShown()
    {
        // DIA ends 2024-11-29, before the as-of date 2024-12-31 of IWM and SPY.
        var page = Open("/spread?small=IWM&large=SPY,DIA");
        Assert.NotEmpty(page.FindAll("[data-testid=stale-badge]"));
    }
}
