using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Components.Sync;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// Stale badges over the real bundle at as-of 2025-12-24. From data/bundle/manifest.json: IWM and SPY end 2025-12-24,
/// DIA ends 2025-12-02 and ^RUT 2024-09-12, so DIA and ^RUT are behind the as-of date and must be flagged. The clock is
/// fixed at Fri 2025-12-26 07:00 New York, before that day's close: the last completed session is Wed 2025-12-24, so
/// IWM and SPY are current (no sessions badge) and DIA is 16 sessions behind (Dec 3–5, 8–12, 15–19, 22–24).
/// </summary>
public class StaleBadgeTests : BundlePageContext
{
    public StaleBadgeTests() =>
        Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 26, 12, 0, 0, TimeSpan.Zero)));

    /// <summary>The freshness text with the "stale" chip's word kept and the sessions-behind chip left out.</summary>
    private static string WithoutSessions(IElement freshness)
    {
        var copy = (IElement)freshness.Clone();
        foreach (var chip in copy.QuerySelectorAll("[data-testid=sessions-behind-badge]").ToList())
        {
            chip.Remove();
        }

        return Text(copy);
    }

    [Fact]
    public void Render_SpreadAsOf20251224_FlagsDiaAndRutOnly()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM,^RUT&large=SPY,DIA&asof=2025-12-24", "[data-testid=returns-table]");

        var freshness = cut.FindAll(".freshness").Select(f => (Text: WithoutSessions(f), Stale: f.QuerySelector("[data-testid=stale-badge]") is not null)).ToList();
        Assert.Equal(4, freshness.Count);
        Assert.Contains(("· IWM last 2025-12-24", false), freshness);
        Assert.Contains(("· SPY last 2025-12-24", false), freshness);
        Assert.Contains(("· ^RUT last 2024-09-12 stale", true), freshness);
        Assert.Contains(("· DIA last 2025-12-02 stale", true), freshness);
        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
        var sessions = cut.FindAll("[data-testid=sessions-behind-badge]").Select(b => b.GetAttribute("title")).ToList();
        Assert.Equal(2, sessions.Count); // DIA and ^RUT; IWM and SPY end on the last completed session
        Assert.Contains("DIA: last bar 2025-12-02, 16 sessions behind the last completed session (2025-12-24)", sessions);
    }

    [Fact]
    public void Render_IndicatorsDiaAsOf20251224_ShowsStaleBadge()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=DIA&asof=2025-12-24", "[data-testid=hit-rate-table]");

        cut.WaitForElement("[data-testid=stale-badge]", Wait);
        // The badges follow the date ("…2025-12-02", then the chip "stale", then the sessions behind).
        Assert.Equal("· DIA last 2025-12-02 stale", WithoutSessions(cut.Find(".freshness")));
        Assert.Equal("16 sessions behind", Text(cut.Find("[data-testid=sessions-behind-badge]")));
    }

    [Fact]
    public void Render_IndicatorsIwmAsOf20251224_NoStaleBadge()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=IWM&asof=2025-12-24", "[data-testid=signal-table]");

        Assert.Equal("· IWM last 2025-12-24", Text(cut.Find(".freshness")));
        Assert.Empty(cut.FindAll("[data-testid=stale-badge]"));
        Assert.Empty(cut.FindAll("[data-testid=sessions-behind-badge]")); // IWM ends on the last completed session
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
