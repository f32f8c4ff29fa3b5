using System.Text.Json;
using AngleSharp.Html.Parser;
using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Tests.Charts;

/// <summary>
/// The server-drawn first paint: coordinates worked out by hand from plotly's autorange rules (5 % padding of the axis on
/// each side, zero kept for bars), tick labels as plotly prints the panes' formats, the legend and the modelled hatching.
/// </summary>
public class StaticChartTests
{
    private static readonly DateOnly[] Days = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)];

    private static AngleSharp.Dom.IDocument Parse(ChartFigure figure, bool dark = false) =>
        new HtmlParser().ParseDocument(StaticChart.Html(figure, dark) ?? throw new InvalidOperationException("no picture"));

    [Fact]
    public void Html_Line_PointsSitWherePlotlysPaddedAutorangePutsThem()
    {
        // y 0 … 1 padded by 5 % of the axis on each side: range −0.0556 … 1.0556, so 0 sits at 95 % of the height from
        // the top, 0.5 at 50 %, 1 at 5 %; x runs over the three days without padding (lines only).
        var figure = new ChartFigure("t", "b", [new ChartPane("Value")], [new ChartTrace("IWM", Days, [0, 0.5, 1])]);

        var path = Parse(figure).QuerySelector("svg[viewBox] path")!;

        Assert.Equal("M0 950L500 500L1000 50", path.GetAttribute("d"));
        Assert.Equal("#1f77b4", path.GetAttribute("stroke"));
    }

    [Fact]
    public void Html_LogPane_HundredSitsHalfWayBetweenTenAndAThousand()
    {
        var figure = new ChartFigure("t", "b", [new ChartPane("Price", Log: true)], [new ChartTrace("IWM", Days, [10, 100, 1000]) { Color = "#123456" }]);

        var document = Parse(figure);

        Assert.Equal("M0 950L500 500L1000 50", document.QuerySelector("svg[viewBox] path")!.GetAttribute("d"));
        // Log ticks at 1, 2, 5 × 10ⁿ inside the data, as whole numbers.
        Assert.Equal(["10", "20", "50", "100", "200", "500", "1,000"], document.QuerySelectorAll(".cs-y span").Select(s => s.TextContent));
    }

    [Fact]
    public void Html_GapInTheData_BreaksTheLine()
    {
        DateOnly[] days = [.. Days, new(2024, 1, 5)];
        var figure = new ChartFigure("t", "b", [new ChartPane("Value")], [new ChartTrace("IWM", days, [1, double.NaN, 3, 4])]);

        var d = Parse(figure).QuerySelector("svg[viewBox] path")!.GetAttribute("d")!;

        Assert.Equal(2, d.Count(c => c == 'M'));
        Assert.Equal(1, d.Count(c => c == 'L'));
    }

    [Fact]
    public void Html_ModelledBars_AreHatchedAndNamedInTheLegend()
    {
        var figure = new ChartFigure("t", "b", [new ChartPane("Net flow (US$)", 1, "~s")],
        [
            new ChartTrace("IWM", Days, [2e6, double.NaN, -1e6], TraceKind.Bar) { Color = "#1f5fa8" },
            new ChartTrace("IWM (modelled)", Days, [double.NaN, 3e6, 0], TraceKind.Bar) { Color = "#9bb8de", Pattern = "/" },
        ]);

        var document = Parse(figure);
        var rects = document.QuerySelectorAll(".cs-pane > svg > rect").ToList();

        // One rect per finite non-zero value: two real, one modelled; the modelled one is filled with a hatch pattern.
        // (A bar under half a pixel is left out: see Html_BarUnderHalfAPixel_IsLeftOut.)
        Assert.Equal(3, rects.Count);
        Assert.Equal(2, rects.Count(r => r.GetAttribute("fill") == "#1f5fa8"));
        var hatched = Assert.Single(rects, r => r.GetAttribute("fill")!.StartsWith("url(#", StringComparison.Ordinal));
        Assert.NotNull(document.QuerySelector("pattern#" + hatched.GetAttribute("fill")![5..^1]));
        Assert.Equal(["IWM", "IWM (modelled)"], document.QuerySelectorAll(".cs-legend span").Select(s => s.TextContent));
        // SI labels of d3's ~s, minus as U+2212.
        Assert.Contains("\u22121M", document.QuerySelectorAll(".cs-y span").Select(s => s.TextContent));
    }

    [Theory]
    [InlineData("IWM", "26.667%")]
    [InlineData(null, "13.333%")]
    public void Html_BarGroup_ARealAndAModelledTraceShareOneSlot(string? group, string width)
    {
        // Three daily bars padded by half a day on each side: the axis spans 3 days; the bars take 80 % of a day, one
        // slot for a shared group (0.8 / 3 = 26.667 %), two slots of half that for two traces without one.
        var figure = new ChartFigure("t", "b", [new ChartPane("Net flow (US$)", 1, "~s")],
        [
            new ChartTrace("IWM", Days, [2e6, double.NaN, double.NaN], TraceKind.Bar) { Color = "#1f5fa8", BarGroup = group },
            new ChartTrace("IWM (modelled)", Days, [double.NaN, 3e6, 1e6], TraceKind.Bar) { Color = "#9bb8de", Pattern = "/", BarGroup = group },
        ]);

        var rects = Parse(figure).QuerySelectorAll(".cs-pane > svg > rect").ToList();

        Assert.Equal(3, rects.Count);
        Assert.All(rects, r => Assert.Equal(width, r.GetAttribute("width")));
    }

    [Fact]
    public void Html_BarUnderHalfAPixel_IsLeftOut()
    {
        // Range 0 … 1,000 padded to 1,052.6: a bar of 1 is 0.095 % of the pane (left out), one of 5 is 0.475 % (kept).
        var figure = new ChartFigure("t", "b", [new ChartPane("v")], [new ChartTrace("A", Days, [1000, 1, 5], TraceKind.Bar) { Color = "#1f5fa8" }]);

        Assert.Equal(2, Parse(figure).QuerySelectorAll(".cs-pane > svg > rect").Length);
    }


    [Fact]
    public void Html_Markers_PadTheDateAxisAndDrawTheirSymbols()
    {
        var figure = new ChartFigure("t", "b", [new ChartPane("Price")],
        [
            new ChartTrace("close", Days, [1, 2, 3]) { Color = "#333333" },
            new ChartTrace("crosses", [Days[1]], [2], TraceKind.Markers) { PointColors = ["#1e8449"], PointSymbols = ["triangle-up"] },
        ]);

        var marker = Parse(figure).QuerySelector(".cs-pane > svg > svg[x]")!;

        // Two days of data padded by 5 % of the axis on each side: the middle day stays at 50 %.
        Assert.Equal("50%", marker.GetAttribute("x"));
        Assert.Equal("M0 -6L5.5 4H-5.5Z", marker.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal("#1e8449", marker.QuerySelector("path")!.GetAttribute("fill"));
    }




    [Fact]
    public void Html_OneTrace_HasNoLegend_AndAnEmptyFigureNoPicture()
    {
        var one = new ChartFigure("t", "b", [new ChartPane("v")], [new ChartTrace("A", Days, [1, 2, 3])]);
        var empty = new ChartFigure("t", "b", [new ChartPane("v")], [new ChartTrace("A", Days, [double.NaN, double.NaN, double.NaN])]);

        Assert.Null(Parse(one).QuerySelector(".cs-legend"));
        Assert.Null(StaticChart.Html(empty, dark: false));
    }

    [Fact]
    public void Html_PaletteColours_AreTheOnesThePlotlySpecSetsExplicitly()
    {
        var figure = new ChartFigure("t", "b", [new ChartPane("v")],
            [new ChartTrace("A", Days, [1, 2, 3]), new ChartTrace("B", Days, [3, 2, 1]), new ChartTrace("C", Days, [2, 2, 2]) { Color = "#b5542a" }]);

        var strokes = Parse(figure).QuerySelectorAll("svg[viewBox] path").Select(p => p.GetAttribute("stroke")).ToList();
        using var spec = JsonDocument.Parse(PlotlyFigure.Spec(figure, dark: false).Json);
        var specColours = spec.RootElement.GetProperty("traces").EnumerateArray().Select(t => t.GetProperty("line").GetProperty("color").GetString()).ToList();

        // Plotly's default sequence starts #1f77b4, #ff7f0e; a trace's own colour is kept.
        Assert.Equal(["#1f77b4", "#ff7f0e", "#b5542a"], strokes);
        Assert.Equal(strokes, specColours);
    }
}
