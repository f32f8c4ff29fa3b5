using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// Stale badges over the real bundle at as-of 2025-12-24. From data/bundle/manifest.json: IWM and SPY end 2025-12-24,
/// DIA ends 2025-12-02 and ^RUT 2024-09-12, so DIA and ^RUT are behind the as-of date and must be flagged.
/// </summary>
public class StaleBadgeTests : BundlePageContext
{
    [Fact]
    public void Render_SpreadAsOf20251224_FlagsDiaAndRutOnly()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM,^RUT&large=SPY,DIA&asof=2025-12-24", "[data-testid=returns-table]");

        var freshness = cut.FindAll(".freshness").Select(f => (Text: Text(f), Stale: f.QuerySelector("[data-testid=stale-badge]") is not null)).ToList();
        Assert.Equal(4, freshness.Count);
        Assert.Contains(("· IWM last 2025-12-24", false), freshness);
        Assert.Contains(("· SPY last 2025-12-24", false), freshness);
        Assert.Contains(("· ^RUT last 2024-09-12stale", true), freshness);
        Assert.Contains(("· DIA last 2025-12-02stale", true), freshness);
        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
    }

    [Fact]
    public void Render_IndicatorsDiaAsOf20251224_ShowsStaleBadge()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=DIA&asof=2025-12-24", "[data-testid=hit-rate-table]");

        cut.WaitForElement("[data-testid=stale-badge]", Wait);
        // The badge's text follows the date directly in the markup ("…2025-12-02" then the chip "stale").
        Assert.Equal("· DIA last 2025-12-02stale", Text(cut.Find(".freshness")));
    }

    [Fact]
    public void Render_IndicatorsIwmAsOf20251224_NoStaleBadge()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=IWM&asof=2025-12-24", "[data-testid=signal-table]");

        Assert.Equal("· IWM last 2025-12-24", Text(cut.Find(".freshness")));
        Assert.Empty(cut.FindAll("[data-testid=stale-badge]"));
    }

    [Fact]
    public void Render_SpreadAsOf20251224_NewHighsTableFlagsTheIndices()
    {
        var cut = RenderAt<Spread>("/spread?asof=2025-12-24", "[data-testid=new-highs-table]");

        // Both indices end 2024-09-12 in the manifest; the ETFs of the new-high set run to the as-of date except DIA.
        var rows = cut.FindAll("[data-testid=new-highs-table] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => Text(r.QuerySelectorAll("td")[^1]));
        Assert.Equal("2024-09-12stale", rows["^RUT"]);
        Assert.Equal("2024-09-12stale", rows["^GSPC"]);
        Assert.Equal("2025-12-02stale", rows["DIA"]);
        Assert.Equal("2025-12-24", rows["IWM"]);
        Assert.Equal("2025-12-24", rows["SPY"]);
    }
}
