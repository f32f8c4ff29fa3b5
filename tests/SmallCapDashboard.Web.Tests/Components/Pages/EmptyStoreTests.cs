using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using DataPage = SmallCapDashboard.Web.Components.Pages.Data;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>An empty store: every page says why it is empty and what to run, instead of failing or showing blanks.</summary>
public class EmptyStoreTests : EmptyStorePageContext
{
    [Fact]
    public void Render_DataOnEmptyStore_ExplainsHowToLoadData()
    {
        var cut = RenderAt<DataPage>("/data", "[data-testid=empty-state]");

        var messages = cut.FindAll("[data-testid=empty-state]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("smallcap seed", messages[0], StringComparison.Ordinal);
        Assert.Contains("No import has been recorded yet", messages[1], StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=coverage-table]"));
    }

    [Fact]
    public void Render_SpreadOnEmptyStore_ExplainsAndPointsToData()
    {
        Nav.NavigateTo("/spread");
        var cut = Render<Spread>();

        var message = cut.WaitForElement("[data-testid=empty-state]", Wait).TextContent;
        Assert.Contains("No stored data for the small symbols", message, StringComparison.Ordinal);
        Assert.Contains("/data", message, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=chart-panel]"));
    }

    [Fact]
    public void Render_IndicatorsOnEmptyStore_NamesTheMissingSymbol()
    {
        Nav.NavigateTo("/indicators?symbol=IWM");
        var cut = Render<Indicators>();

        var message = cut.WaitForElement("[data-testid=empty-state]", Wait).TextContent;
        Assert.Contains("IWM is not in the database", message, StringComparison.Ordinal);
    }
}
