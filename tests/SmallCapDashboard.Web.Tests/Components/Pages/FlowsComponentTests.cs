using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

public sealed class FlowsComponentTests : DashboardContext
{
    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private Task SeedAsync() => FlowsMarket.SeedAsync(Services.GetRequiredService<IDbContextFactory<MarketDbContext>>());

    [Fact]
    public async Task RealOnlySwitch_On_WritesUrlAndRemovesModelledLabels()
    {
        await SeedAsync();
        Nav.NavigateTo("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13");
        var page = Render<SmallCapDashboard.Web.Components.Pages.Flows>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=modelled-note]")), TimeSpan.FromSeconds(10));

        page.Find("[data-testid=real-only] input, input[data-testid=real-only]").Change(true);

        Assert.Contains("real=1", Nav.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[data-testid=modelled-note]"));
            Assert.Empty(page.FindAll("[data-testid=modelled-chip]"));
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RealOnly_PinnedAsOfBeforeTheRealDays_SaysSoAndKeepsThePinnedDate()
    {
        await SeedAsync();
        // TFLW is modelled 2024-12-02 .. 12-06 and real 12-09 .. 12-13: as of Thursday 2024-12-05 nothing real exists yet.
        Nav.NavigateTo("/flows?funds=TFLW&range=1m&asof=2024-12-05&real=1");
        var page = Render<SmallCapDashboard.Web.Components.Pages.Flows>();

        page.WaitForAssertion(() => Assert.Contains("No real flows exist between", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        var message = Text(page.Find("[data-testid=empty-state]"));
        Assert.Contains("and 2024-12-05 for TFLW. Real flows are stored for TFLW 2024-12-09 to 2024-12-13.", message, StringComparison.Ordinal);
        Assert.Equal("As of 2024-12-05 (pinned)", Text(page.Find("[data-testid=asof]")));
        Assert.Empty(page.FindAll("[data-testid=chart-panel]"));

        // Switching real-only off on the same window shows the modelled days there.
        page.Find("[data-testid=real-only] input, input[data-testid=real-only]").Change(false);
        Assert.DoesNotContain("real=1", Nav.Uri, StringComparison.Ordinal);
        Assert.Contains("asof=2024-12-05", Nav.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PresetButton_TnaVsTza_WritesFundsIntoUrl()
    {
        await SeedAsync();
        Nav.NavigateTo("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13");
        var page = Render<SmallCapDashboard.Web.Components.Pages.Flows>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=flow-summary]")), TimeSpan.FromSeconds(10));

        page.Find("[data-preset='TNA vs TZA']").Click();

        Assert.Contains("funds=TNA,TZA", Nav.Uri, StringComparison.Ordinal);
        Assert.Contains("from=2024-12-02&to=2024-12-13", Nav.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RangePreset_Click_ReplacesDatesInUrl()
    {
        await SeedAsync();
        Nav.NavigateTo("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13");
        var page = Render<SmallCapDashboard.Web.Components.Pages.Flows>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=flow-summary]")), TimeSpan.FromSeconds(10));

        var before = Navigation.History.Count;

        page.Find("[data-range='1m']").Click();

        // The click's own navigation (the newest history entries come first).
        var click = Navigation.History.ElementAt(Navigation.History.Count - before - 1).Uri;
        Assert.Contains("range=1m", click, StringComparison.Ordinal);
        Assert.DoesNotContain("from=", click, StringComparison.Ordinal);
        Assert.Contains("funds=TFLW", click, StringComparison.Ordinal);
    }
}
