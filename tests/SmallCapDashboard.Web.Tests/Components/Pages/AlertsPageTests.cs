using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Testing;
using SmallCapDashboard.Web.Tests.Harness;
using AlertsPage = SmallCapDashboard.Web.Components.Pages.Alerts;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// /alerts over the test market (SYNA = the TA-Lib reference bars). Expected crosses come from the reference file
/// <c>reference/SYNA/crossovers.csv</c>, never from the code under test.
/// </summary>
public abstract class AlertsPageContext : DashboardContext
{
    protected AlertsPageContext() => Services.AddAlerts();

    protected AlertRuleStore Store => Services.GetRequiredService<AlertRuleStore>();

    /// <summary>The reference 10/50 death crosses of SYNA, oldest first.</summary>
    protected static List<DateOnly> ReferenceDeaths() =>
        File.ReadLines(RepoPaths.SharedData("reference", "SYNA", "crossovers.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[1] == "10/50" && f[2] == "death")
            .Select(f => DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>A CLI-made rule that has seen SYNA through <paramref name="seen"/>, then a check: the later crosses fire.</summary>
    protected async Task<int> RuleWithEventsAsync(DateOnly seen)
    {
        var rule = await Store.AddAsync(new AlertRuleDraft("SYNA", "death:10/50"));
        await using (var db = await Services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync())
        {
            await db.AlertRules.Where(r => r.Id == rule.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSeenDate, seen));
        }

        await Services.GetRequiredService<AlertChecker>().CheckAsync();
        return rule.Id;
    }

    protected static IElement Input(IRenderedComponent<AlertsPage> cut, string testId) =>
        cut.FindAll($"input[data-testid={testId}]").FirstOrDefault() ?? cut.Find($"[data-testid={testId}] input");

    protected static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>/alerts without sign-in (no authentication state at all, as on a host without Identity): read-only.</summary>
public class AlertsPageTests : AlertsPageContext
{
    [Fact]
    public async Task Render_Anonymous_ReadOnlyWithRulesAndEventsAndFrozenLinks()
    {
        var seen = new DateOnly(2024, 1, 1);
        await RuleWithEventsAsync(seen);
        var expected = ReferenceDeaths().Where(d => d > seen).OrderDescending().ToList();
        Assert.NotEmpty(expected);

        var cut = RenderAt<AlertsPage>("/alerts", "[data-testid=events-table]");

        Assert.NotNull(cut.Find("[data-testid=read-only]"));
        Assert.Empty(cut.FindAll("[data-testid=rule-editor]"));
        Assert.Empty(cut.FindAll("[data-testid=rule-pause]"));
        var rules = cut.Find("[data-testid=rules-table]").QuerySelectorAll("tbody tr");
        Assert.Contains("death:10/50", Text(Assert.Single(rules)), StringComparison.Ordinal);
        var rows = cut.Find("[data-testid=events-table]").QuerySelectorAll("tbody tr");
        Assert.Equal(expected.Select(D), rows.Select(r => Text(r.QuerySelectorAll("td")[0])));
        var links = cut.FindAll("[data-testid=event-link]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            expected.Select(d => $"/indicators?symbol=SYNA&ma=10,50&from={D(d.AddMonths(-6))}&to={D(d)}&asof={D(d)}"),
            links);
        Assert.Equal("/alerts.atom", cut.Find("[data-testid=feed-link]").GetAttribute("href"));
    }
}

/// <summary>/alerts for a signed-in user (bUnit's authorization double: user "alice" with id "alice-id").</summary>
public class SignedInAlertsPageTests : AlertsPageContext
{
    public SignedInAlertsPageTests()
    {
        var auth = Authorization;
        auth.SetAuthorized("alice");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "alice-id"));
    }

    [Fact]
    public async Task Render_SignedIn_PreviewCountsTheReferenceCrossesThenCreatePauseDelete()
    {
        var deaths = ReferenceDeaths();

        var cut = RenderAt<AlertsPage>("/alerts", "[data-testid=rule-editor]");
        Input(cut, "rule-symbol").Change("SYNA");
        Input(cut, "rule-text").Change("death:10/50");

        cut.WaitForAssertion(() =>
        {
            var preview = Text(cut.Find("[data-testid=rule-preview]"));
            Assert.Contains($"would have fired {deaths.Count} times in the history of SYNA, last on {D(deaths[^1])}", preview, StringComparison.Ordinal);
        }, Wait);
        var first = cut.Find("[data-testid=preview-table]").QuerySelectorAll("tbody tr")[0];
        Assert.Equal(D(deaths[^1]), Text(first.QuerySelectorAll("td")[0]));

        cut.Find("[data-testid=rule-create]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=rule-pause]")), Wait);
        var row = Text(cut.Find("[data-testid=rules-table] tbody tr"));
        Assert.Contains("SYNA", row, StringComparison.Ordinal);
        Assert.Contains("active", row, StringComparison.Ordinal);
        Assert.Equal("alice-id", Assert.Single(await Store.ListAsync()).OwnerUserId);

        cut.Find("[data-testid=rule-pause]").Click();
        cut.WaitForAssertion(() => Assert.Contains("paused", Text(cut.Find("[data-testid=rules-table] tbody tr")), StringComparison.Ordinal), Wait);
        Assert.Equal("Resume", Text(cut.Find("[data-testid=rule-pause]")));

        cut.Find("[data-testid=rule-delete]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=rules-table]")), Wait);
        Assert.Empty(await Store.ListAsync());
    }

    [Fact]
    public async Task Render_SignedIn_OthersRulesHaveNoButtonsAndABadRuleShowsItsOneLine()
    {
        await Store.AddAsync(new AlertRuleDraft("SYNA", "new-high"), ownerUserId: "bob-id");

        var cut = RenderAt<AlertsPage>("/alerts", "[data-testid=rules-table]");
        Assert.Empty(cut.FindAll("[data-testid=rule-pause]"));

        Input(cut, "rule-symbol").Change("SYNA");
        Input(cut, "rule-text").Change("cross:50/10");
        cut.WaitForAssertion(() => Assert.Equal(
            "rule 'cross:50/10': '50/10' needs the fast length below the slow one (e.g. 10/50).",
            Text(cut.Find("[data-testid=rule-error]"))), Wait);
        cut.Find("[data-testid=rule-create]").Click();
        Assert.Single(await Store.ListAsync());
    }
}
