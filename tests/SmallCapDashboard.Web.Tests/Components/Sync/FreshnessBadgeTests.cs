using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Tests.Harness;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Tests.Components.Sync;

/// <summary>A clock fixed at one instant (timers keep the system's).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// The freshness badges say how far a symbol's last date is behind the last completed New York session, on a fixed
/// clock: Tue 2026-12-01 17:00 UTC = 12:00 New York, so Tuesday's session is still open and the last completed one is
/// Mon 2026-11-30. Sessions counted by hand: after Wed 2025-12-24, December 2025 has 26, 29, 30, 31 (4; the 25th is a
/// holiday). 2026-01-01 … 2026-11-30 is 334 days = 47 weeks (235 weekdays) + Thu 26, Fri 27, Sat, Sun, Mon 30 Nov
/// (3 weekdays) = 238 weekdays, less 9 NYSE holidays on weekdays (Jan 1, Jan 19, Feb 16, Apr 3 Good Friday, May 25,
/// Jun 19, Jul 3 for Jul 4, Sep 7, Nov 26) = 229. So a last bar of 2025-12-24 is 4 + 229 = 233 sessions behind.
/// </summary>
public sealed class FreshnessBadgeTests : DashboardContext
{
    public FreshnessBadgeTests() =>
        Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void ControlBar_SymbolsBehindTheLastCompletedSession_SayHowManySessionsAndWhich()
    {
        var cut = Render<DateRangeBar>(p => p
            .Add(b => b.Window, ViewWindow.Default)
            .Add(b => b.WindowChanged, _ => { })
            .Add(b => b.ResolvedAsOf, new DateOnly(2025, 12, 24))
            .Add(b => b.Freshness, [
                new SymbolFreshness("IWM", new DateOnly(2025, 12, 24), false),
                new SymbolFreshness("DIA", new DateOnly(2025, 12, 2), true),
                new SymbolFreshness("SPY", new DateOnly(2026, 11, 30), false),
                new SymbolFreshness("QQQ", new DateOnly(2026, 11, 27), false),
            ]));

        var spans = cut.FindAll(".freshness");
        var iwm = spans[0].QuerySelector("[data-testid=sessions-behind-badge]")!;
        Assert.Equal("233 sessions behind", Text(iwm));
        Assert.Equal("IWM: last bar 2025-12-24, 233 sessions behind the last completed session (2026-11-30)", iwm.GetAttribute("title"));
        Assert.Null(spans[0].QuerySelector("[data-testid=stale-badge]")); // not behind the page's other symbols

        // DIA: 233 + the sessions after Dec 2 through Dec 24, 2025: Dec 3–5 (3), 8–12 (5), 15–19 (5), 22–24 (3) = 16 → 249.
        Assert.NotNull(spans[1].QuerySelector("[data-testid=stale-badge]"));
        Assert.Equal("DIA: last bar 2025-12-02, 249 sessions behind the last completed session (2026-11-30)",
            spans[1].QuerySelector("[data-testid=sessions-behind-badge]")!.GetAttribute("title"));

        // SPY ends on the last completed session: no badge. QQQ ends Fri Nov 27 (a half day): one session (Mon Nov 30) behind.
        Assert.Empty(spans[2].QuerySelectorAll(".mud-chip"));
        Assert.Equal("1 session behind", Text(spans[3].QuerySelector("[data-testid=sessions-behind-badge]")!));
    }

    [Fact]
    public void Flows_FlowDayFreshness_NamesFlowDays()
    {
        var cut = Render<DateRangeBar>(p => p
            .Add(b => b.Window, ViewWindow.Default)
            .Add(b => b.WindowChanged, _ => { })
            .Add(b => b.Freshness, [new SymbolFreshness("IWM", new DateOnly(2026, 11, 25), false, "flow day")]));

        // After Wed Nov 25: Thu 26 Thanksgiving (closed), Fri 27, Mon 30 → 2 sessions.
        Assert.Equal("IWM: last flow day 2026-11-25, 2 sessions behind the last completed session (2026-11-30)",
            cut.Find("[data-testid=sessions-behind-badge]").GetAttribute("title"));
    }

    [Fact]
    public void Overview_FreshnessAndYtdRows_SayTheSessionsBehind()
    {
        // The test market: IWM and SPY end 2024-12-31, DIA 2024-11-29 (TestMarket).
        // From 2024-12-31 to 2026-11-30: 2025 has 261 weekdays (365 days = 52 weeks + Wed Dec 31) less 11 NYSE closures
        // on weekdays (Jan 1, Jan 9 national day of mourning, Jan 20, Feb 17, Apr 18 Good Friday, May 26, Jun 19,
        // Jul 4, Sep 1, Nov 27, Dec 25) = 250 sessions; plus 2026 through Nov 30 = 229 → 479.
        var cut = RenderAt<Home>("/", "[data-testid=overview-freshness]");

        var rows = cut.FindAll("[data-testid=overview-freshness] tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("IWM: last bar 2024-12-31, 479 sessions behind the last completed session (2026-11-30)",
            rows["IWM"].QuerySelector("[data-testid=sessions-behind-badge]")!.GetAttribute("title"));
        Assert.Null(rows["IWM"].QuerySelector("[data-testid=stale-badge]"));
        // DIA: also stale against the other symbols (more than 5 days before 2024-12-31), and 479 + the sessions after
        // Nov 29 through Dec 31, 2024: Dec 2–6, 9–13, 16–20 (15), 23, 24, 26, 27 (4), 30, 31 (2) = 21 → 500.
        Assert.NotNull(rows["DIA"].QuerySelector("[data-testid=stale-badge]"));
        Assert.Equal("500 sessions behind", Text(rows["DIA"].QuerySelector("[data-testid=sessions-behind-badge]")!));
        var ytd = cut.Find("[data-testid=overview-ytd]");
        Assert.Contains(ytd.QuerySelectorAll("[data-testid=sessions-behind-badge]"), b => b.GetAttribute("title")!.StartsWith("SPY: last bar 2024-12-31, 479 sessions", StringComparison.Ordinal));
    }

    [Fact]
    public void Badge_SymbolWithMarkup_IsTextNotMarkup()
    {
        var cut = Render(SmallCapDashboard.Web.Components.Sync.FreshnessBadge.For(Services, "<b>X</b>", new DateOnly(2026, 11, 27), stale: true));

        Assert.Empty(cut.FindAll("b"));
        Assert.StartsWith("<b>X</b>: last bar 2026-11-27", cut.Find("[data-testid=stale-badge]").GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("1 session behind", Text(cut.Find("[data-testid=sessions-behind-badge]")));
    }
}
