using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
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
    public void Prerender_FirstChartOnTheStaticPage_CarriesItsSpecAndNumbers()
    {
        var figure = Figure(1.5, 2.25, -0.125);

        // While prerendering, the page has the request as a cascading HttpContext.
        var cut = Render<CascadingValue<HttpContext>>(p => p.Add(c => c.Value, new DefaultHttpContext()).AddChildContent<ChartPanel>(c => c
            .Add(x => x.Figure, figure).Add(x => x.FileName, "spread-returns").Add(x => x.Prerender, true)));

        var host = cut.Find(".chart-host");
        Assert.Equal("spread-returns", host.GetAttribute("data-chart-host"));
        Assert.Equal("false", host.GetAttribute("data-prerender-full"));
        using var spec = JsonDocument.Parse(host.GetAttribute("data-prerender-spec")!);
        Assert.Equal("IWM", spec.RootElement.GetProperty("traces")[0].GetProperty("name").GetString());
        // Base64url of little-endian doubles: the three dates as days since 1970-01-01 (2024-01-02 is 19724), then y.
        var payload = host.GetAttribute("data-prerender-payload")!;
        Assert.DoesNotContain('+', payload);
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(payload);
        var numbers = new double[bytes.Length / 8];
        Buffer.BlockCopy(bytes, 0, numbers, 0, bytes.Length);
        Assert.Equal([19724, 19725, 19726, 1.5, 2.25, -0.125], numbers);
        // The server-drawn first paint sits in the host until plotly has drawn.
        Assert.NotEmpty(host.QuerySelector(".chart-static svg[viewBox] path")!.GetAttribute("d")!);
    }

    [Fact]
    public void Render_LiveOrNotTheFirstChart_CarriesNoPrerenderedData()
    {
        var live = Render<ChartPanel>(p => p.Add(c => c.Figure, Figure(1, 2, 3)).Add(c => c.FileName, "a").Add(c => c.Prerender, true));
        var second = Render<CascadingValue<HttpContext>>(p => p.Add(c => c.Value, new DefaultHttpContext()).AddChildContent<ChartPanel>(c => c
            .Add(x => x.Figure, Figure(1, 2, 3)).Add(x => x.FileName, "b")));

        Assert.Null(live.Find(".chart-host").GetAttribute("data-prerender-spec"));
        Assert.Null(second.Find(".chart-host").GetAttribute("data-prerender-payload"));
        Assert.Empty(live.FindAll(".chart-static"));
        Assert.Empty(second.FindAll(".chart-static"));
    }

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
        // Newest first; a negative number carries a true minus sign.
        Assert.Equal(["2024-01-04 \u22120.125", "2024-01-03 2.25", "2024-01-02 1.5"], rows);

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

    [Fact]
    public void Render_FreshFigure_PngEnabledBeforeAnyZoom()
    {
        // A shared link lands on a page that has not been zoomed or re-ranged: its PNG button must work at once.
        var cut = Render<ChartPanel>(p => p.Add(c => c.Figure, Figure(1, 2, 3)).Add(c => c.FileName, "spread"));

        var png = cut.Find("[data-testid=png-button]");
        Assert.False(png.HasAttribute("disabled"));
    }

    [Fact]
    public void ClickTable_PercentPane_FormatsAsTheChartAxis()
    {
        // The pane's axis shows percent (.1%): the table prints −0.00371841 as −0.37 %, not the raw fraction.
        var figure = new ChartFigure("Returns", "Basis: price", [new ChartPane("Return", 1, ".1%")],
            [new ChartTrace("IWM", Days, [0, -0.00371841, 0.125])]);
        var cut = Render<ChartPanel>(p => p.Add(c => c.Figure, figure).Add(c => c.FileName, "t"));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Table").Click();

        var cells = cut.FindAll(".chart-table tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["12.50 %", "\u22120.37 %", "0.00 %"], cells);
        Assert.All(cut.FindAll(".chart-table tbody td"), td => Assert.Contains("num", td.ClassList));
    }

    [Fact]
    public void Render_Figure_PlaceholderHasThePlotHeight()
    {
        // Before plotly.js draws, the host already holds the plot's height, so nothing below it moves.
        var cut = Render<ChartPanel>(p => p.Add(c => c.Figure, Figure(1, 2, 3)).Add(c => c.FileName, "t"));

        Assert.Contains($"height: {PlotlyFigure.Height(Figure(1, 2, 3))}px", cut.Find(".chart-host").GetAttribute("style"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Renders a panel whose charts.js draw calls record the title the panel showed at that moment ("(first render)"
    /// before the first render has finished).
    /// </summary>
    private (BunitJSModuleInterop Charts, List<string> Titles, IRenderedComponent<ChartPanel> Cut) RenderRecordingDraws(ChartFigure first)
    {
        var charts = JSInterop.SetupModule("/assets/js/charts.js");
        var titles = new List<string>();
        IRenderedComponent<ChartPanel>? cut = null;
        charts.Setup<bool>("draw", _ =>
        {
            titles.Add(cut?.Find("[data-testid=chart-title]").TextContent.Trim() ?? "(first render)");
            return true;
        }).SetResult(true);
        cut = Render<ChartPanel>(p => p.Add(c => c.Figure, first).Add(c => c.FileName, "t"));
        return (charts, titles, cut);
    }

    [Fact]
    public void SetParameters_NewFigureForADrawnPlot_SendsTheDrawBeforeThePanelRerenders()
    {
        // A range change: the draw for the new figure leaves with the parameter change, not a render round trip later,
        // so when charts.js is called the panel still shows the previous figure's title.
        var (charts, titles, cut) = RenderRecordingDraws(Named("One year", 1, 2, 3));

        cut.Render(p => p.Add(c => c.Figure, Named("Three months", 4, 5, 6)));

        Assert.Equal(["(first render)", "One year"], titles);
        var sent = charts.Invocations["draw"].Select(i => JsonDocument.Parse((string)i.Arguments[1]!).RootElement.GetProperty("title").GetString()).ToList();
        Assert.Equal(["One year", "Three months"], sent);
        Assert.Equal("Three months", cut.Find("[data-testid=chart-title]").TextContent.Trim());
    }

    [Fact]
    public void SetParameters_PlotWasHiddenByAnEmptyFigure_DrawsOnlyAfterTheHostIsShown()
    {
        // The host was hidden (nothing to draw): plotly must not draw into a hidden element, so the new figure is drawn
        // after the render that shows the host again.
        var (charts, titles, cut) = RenderRecordingDraws(Named("One year", 1, 2, 3));
        cut.Render(p => p.Add(c => c.Figure, Named("Empty", double.NaN, double.NaN, double.NaN)));

        cut.Render(p => p.Add(c => c.Figure, Named("Three months", 4, 5, 6)));

        Assert.Equal(["(first render)", "Three months"], titles);
    }

    private static ChartFigure Named(string title, params double[] y) =>
        new(title, "Basis: price", [new ChartPane("Value")], [new ChartTrace("IWM", Days, y)]);
}
