using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components;

public class IndicatorsPageTests : DashboardTestContext
{
    [Fact]
    public void SignalTable_ReferenceBars_ListsEveryTaLibCross()
    {
        Nav.NavigateTo("/indicators?symbol=SYNA&range=max&ma=10,50,200");
        var page = Render<Indicators>();
        page.WaitForElement("[data-testid=signal-table]", TimeSpan.FromSeconds(20));
        var rows = SmallCapDashboard.Web.Tests.Bunit.SignalTableRows.All(page);
        var crosses = TestMarket.ReferenceRows("SYNA", "crossovers.csv");
        Assert.NotEmpty(crosses);
        foreach (var c in crosses)
        {
            var signal = c[2] == "golden" ? "Golden cross" : "Death cross";
            Assert.Contains(rows, r => r[0] == c[0] && r[1] == signal && r[2] == c[1] + " MA");
        }

        // One row per pair's cross (a 10/50 and a 50/200 cross on the same day are two rows), newest first.
        var crossRows = rows.Count(r => r[1] is "Golden cross" or "Death cross");
        Assert.Equal(crosses.Length, crossRows);
        Assert.Equal(rows.Select(r => r[0]).OrderByDescending(d => d, StringComparer.Ordinal), rows.Select(r => r[0]));
    }

    [Fact]
    public void RatioSymbol_RendersChartWithoutVolume()
    {
        Nav.NavigateTo("/indicators?symbol=IWM:SPY&range=3y");
        var page = Render<Indicators>();
        page.WaitForElement("[data-testid=hit-rate-table]", TimeSpan.FromSeconds(20));
        Assert.Empty(page.FindAll("[data-testid=query-notices]"));
        Assert.Contains("IWM:SPY", page.Find("[data-chart=indicators]").ParentElement!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSymbol_ExplainsInsteadOfFailing()
    {
        Nav.NavigateTo("/indicators?symbol=NOPE");
        var page = Render<Indicators>();
        page.WaitForAssertion(() => Assert.Contains("NOPE is not in the database", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(20));
    }
}
