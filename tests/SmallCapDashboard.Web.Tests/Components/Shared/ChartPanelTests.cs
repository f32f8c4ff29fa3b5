using Bunit;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>The chart panel without a browser: loading, empty, table view, CSV link, basis note.</summary>
public class ChartPanelTests : DashboardContext
{
    private static readonly DateOnly[] Days = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)];

    private static ChartFigure Figure(params double[] y) =>
        new("Test chart", "Basis: price", [new ChartPane("Value")], [new ChartTrace("IWM", Days, y)]);

    [Fact]
    public void Render_NoFigureYet_ShowsLoading()
    {
        var cut = Render<ChartPanel>(p => p.Add(c => c.Figure, null).Add(c => c.FileName, "t"));

        Assert.NotNull(cut.Find("[aria-label='Loading chart']"));
        Assert.Empty(cut.FindAll("[data-testid=empty-state]"));
    }

    [Fact]
    public void Render_AllNaNFigure_ShowsTheEmptyMessage()
    {
        var cut = Render<ChartPanel>(p => p
            .Add(c => c.Figure, Figure(double.NaN, double.NaN, double.NaN))
            .Add(c => c.FileName, "t")
            .Add(c => c.EmptyMessage, "Nothing between these dates."));

        Assert.Equal("Nothing between these dates.", cut.Find("[data-testid=empty-state]").TextContent.Trim());
    }

    [Fact]
    public void ClickTable_Figure_ListsEveryPointAndToggleReturnsToChart()
    {
        var cut = Render<ChartPanel>(p => p.Add(c => c.Figure, Figure(1.5, 2.25, -0.125)).Add(c => c.FileName, "t"));
        Assert.Equal("Basis: price", cut.Find("[data-testid=basis-label]").TextContent.Trim());

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Table").Click();

        var rows = cut.FindAll(".chart-table tbody tr")
            .Select(r => r.QuerySelector("th")!.TextContent.Trim() + " " + r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["2024-01-02 1.5", "2024-01-03 2.25", "2024-01-04 -0.125"], rows);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Chart").Click();
        Assert.Empty(cut.FindAll(".chart-table"));
    }

    [Fact]
    public void Render_CsvHref_LinksTheExport()
    {
        var cut = Render<ChartPanel>(p => p
            .Add(c => c.Figure, Figure(1, 2, 3))
            .Add(c => c.FileName, "spread")
            .Add(c => c.CsvHref, "/export/spread.csv?range=1y"));

        var link = cut.FindAll("a").Single(a => a.TextContent.Contains("CSV", StringComparison.Ordinal));
        Assert.Equal("/export/spread.csv?range=1y", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
        Assert.Equal("spread", cut.Find("[data-testid=chart-panel]").GetAttribute("data-chart"));
    }
}
