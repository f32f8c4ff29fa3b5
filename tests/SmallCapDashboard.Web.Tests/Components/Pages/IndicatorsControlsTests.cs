using AngleSharp.Dom;
using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>/indicators controls write their state into the URL (DESIGN.md query parameters) and the page follows it.</summary>
public class IndicatorsControlsTests : DashboardContext
{
    private const string Start = "/indicators?symbol=SYNA&ma=10,50&range=1y";

    private IRenderedComponent<Indicators> RenderPage() => RenderAt<Indicators>(Start, "[data-testid=signal-table]");

    private static IElement Input(IRenderedComponent<Indicators> cut, string label) =>
        cut.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    [Fact]
    public void ChangeMovingAverages_MixedInput_KeepsValidPeriodsInTheUrl()
    {
        var cut = RenderPage();

        // 500 is above the 400 limit and "abc" is not a number: both are dropped.
        Input(cut, "SMA").Change("20, 5, 500, abc");

        var query = SpreadPage.QueryOf(Nav.Uri);
        Assert.Equal("20,5", query["ma"]);
        Assert.Equal("SYNA", query["symbol"]);
        Assert.Equal("1y", query["range"]);
    }

    [Fact]
    public void ChangeRsiPeriod_Seven_WritesRsiParameter()
    {
        var cut = RenderPage();

        Input(cut, "RSI").Change("7");

        Assert.Equal("7", SpreadPage.QueryOf(Nav.Uri)["rsi"]);
    }

    [Theory]
    [InlineData("Candles", "style", "candles")]
    [InlineData("Weekly", "freq", "weekly")]
    [InlineData("Monthly", "freq", "monthly")]
    public void ClickToggle_Option_WritesParameter(string option, string parameter, string expected)
    {
        var cut = RenderPage();

        cut.FindAll(".mud-toggle-item").Single(e => e.TextContent.Trim() == option).Click();

        Assert.Equal(expected, SpreadPage.QueryOf(Nav.Uri)[parameter]);
    }

    [Fact]
    public void ToggleLogScale_On_WritesLogAndLabelsTheChart()
    {
        var cut = RenderPage();

        cut.Find(".mud-switch input").Change(true);

        Assert.Equal("true", SpreadPage.QueryOf(Nav.Uri)["log"]);
        cut.WaitForAssertion(() => Assert.Contains("log scale", cut.Find("[data-testid=basis-label]").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void NavigateBack_EarlierAddress_PageFollowsTheUrl()
    {
        // A two-year SYNA window holds the 2016-07-29 golden cross (crossovers.csv); the 2016-01-01..2016-06-30
        // half does not, so going "back" to it must drop the row.
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50&from=2016-01-01&to=2016-12-31", "[data-testid=signal-table]");
        Assert.Contains(GoldenCrossDates(cut), d => d == "2016-07-29");

        Nav.NavigateTo("/indicators?symbol=SYNA&ma=10,50&from=2016-01-01&to=2016-06-30");

        cut.WaitForAssertion(() => Assert.DoesNotContain(GoldenCrossDates(cut), d => d == "2016-07-29"), Wait);
        Assert.Contains(GoldenCrossDates(cut), d => d == "2016-03-02");
    }

    private static List<string> GoldenCrossDates(IRenderedComponent<Indicators> cut)
    {
        return SignalTableRows.Dates(cut, "Golden cross");
    }
}
