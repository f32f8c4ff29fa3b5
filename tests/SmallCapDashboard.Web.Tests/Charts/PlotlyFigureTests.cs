using System.Globalization;
using System.Text.Json;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Indicators;

namespace SmallCapDashboard.Web.Tests.Charts;

/// <summary>The spec charts.js draws: theme-safe colours, full log tick labels, numbers packed as doubles.</summary>
public class PlotlyFigureTests
{
    private static readonly DateOnly[] Days = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5)];

    // WCAG contrast ratio from relative luminances (the formula of WCAG 2.x, written out here).
    private static double Contrast(string a, string b)
    {
        static double L(string hex)
        {
            static double C(int v)
            {
                var c = v / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            var rgb = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return 0.2126 * C((rgb >> 16) & 255) + 0.7152 * C((rgb >> 8) & 255) + 0.0722 * C(rgb & 255);
        }

        double x = L(a) + 0.05, y = L(b) + 0.05;
        return Math.Max(x, y) / Math.Min(x, y);
    }

    private static JsonElement Trace(PlotlySpec spec, string name)
    {
        using var doc = JsonDocument.Parse(spec.Json);
        return doc.RootElement.GetProperty("traces").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name).Clone();
    }

    [Fact]
    public void Spec_DarkTheme_CloseLineStandsOutFromTheBackground()
    {
        var figure = new ChartFigure("IWM", "b", [new ChartPane("IWM")],
            [new ChartTrace("IWM close", Days, [1, 2, 3, 4]) { Color = IndicatorsChart.CloseColor }]);

        var dark = Trace(PlotlyFigure.Spec(figure, dark: true), "IWM close").GetProperty("line").GetProperty("color").GetString()!;
        var light = Trace(PlotlyFigure.Spec(figure, dark: false), "IWM close").GetProperty("line").GetProperty("color").GetString()!;

        // Dark paper is #1f2630, light paper #ffffff: text-grade contrast (≥ 4.5) on both.
        Assert.True(Contrast(dark, "#1f2630") >= 4.5, $"{dark} on #1f2630: {Contrast(dark, "#1f2630"):F2}");
        Assert.True(Contrast(light, "#ffffff") >= 4.5, $"{light} on #ffffff: {Contrast(light, "#ffffff"):F2}");
    }

    [Fact]
    public void IndicatorColours_MacdAndSignal_DifferFromEveryMovingAverage()
    {
        var averages = IndicatorsChart.MaColors.Concat(IndicatorsChart.EmaColors).ToList();

        Assert.DoesNotContain(IndicatorsChart.MacdColor, averages);
        Assert.DoesNotContain(IndicatorsChart.MacdSignalColor, averages);
        Assert.NotEqual(IndicatorsChart.MacdColor, IndicatorsChart.MacdSignalColor);
        Assert.Equal(averages.Count, averages.Distinct().Count());
    }

    [Fact]
    public void Spec_LogPaneOverNarrowRange_EveryTickLabelIsAWholeNumberInRange()
    {
        // IWM between 170 and 250: Plotly's own log ticks would read "2, 100, 9, 8"; ours are whole values.
        var y = new double[] { 170, 190, 230, 250 };
        var figure = new ChartFigure("IWM", "b", [new ChartPane("IWM", 1, null, Log: true)], [new ChartTrace("IWM close", Days, y)]);

        using var doc = JsonDocument.Parse(PlotlyFigure.Spec(figure, false).Json);
        var axis = doc.RootElement.GetProperty("layout").GetProperty("yaxis");
        var labels = axis.GetProperty("ticktext").EnumerateArray().Select(e => e.GetString()!).ToList();
        var values = axis.GetProperty("tickvals").EnumerateArray().Select(e => e.GetDouble()).ToList();

        Assert.Equal("log", axis.GetProperty("type").GetString());
        Assert.True(labels.Count >= 4, string.Join(", ", labels));
        Assert.All(values, v => Assert.InRange(v, 170, 250));
        Assert.Equal(values.Select(v => v.ToString("#,##0.##", CultureInfo.InvariantCulture)), labels);
        Assert.All(labels, l => Assert.True(double.Parse(l, CultureInfo.InvariantCulture) >= 100, l));
    }

    [Fact]
    public void Spec_LogPaneOverDecades_TicksAtOneTwoFive()
    {
        var figure = new ChartFigure("T", "b", [new ChartPane("P", 1, null, Log: true)], [new ChartTrace("A", Days, [3, 40, 300, 900])]);

        using var doc = JsonDocument.Parse(PlotlyFigure.Spec(figure, false).Json);
        var labels = doc.RootElement.GetProperty("layout").GetProperty("yaxis").GetProperty("ticktext").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(["5", "10", "20", "50", "100", "200", "500"], labels);
    }

    [Fact]
    public void Spec_Payload_HoldsDayNumbersAndValuesAsLittleEndianDoubles()
    {
        var figure = new ChartFigure("T", "b", [new ChartPane("P")],
            [new ChartTrace("A", Days, [1.5, double.NaN, -2, 4]), new ChartTrace("B", Days, [0, 0, 0, 1])]);

        var spec = PlotlyFigure.Spec(figure, false);
        var numbers = new double[spec.Payload.Length / 8];
        Buffer.BlockCopy(spec.Payload, 0, numbers, 0, spec.Payload.Length);
        using var doc = JsonDocument.Parse(spec.Json);

        // One shared x array (the traces have the same dates): 2024-01-02 is day 19724 since 1970-01-01.
        Assert.Equal(1, doc.RootElement.GetProperty("x").GetArrayLength());
        Assert.Equal(19724, numbers[0]);
        var a = doc.RootElement.GetProperty("traces")[0].GetProperty("y");
        var offset = a[0].GetInt32();
        Assert.Equal(1.5, numbers[offset]);
        Assert.True(double.IsNaN(numbers[offset + 1]));
        Assert.Equal(-2, numbers[offset + 2]);
        Assert.Equal(4 + 4 + 4, numbers.Length);
    }

    private static double[] Numbers(PlotlySpec spec)
    {
        var numbers = new double[spec.Payload.Length / 8];
        Buffer.BlockCopy(spec.Payload, 0, numbers, 0, spec.Payload.Length);
        return numbers;
    }

    [Fact]
    public void Spec_Bands_OnePolygonTracePerColourBelowTheLinesSpanningThePane()
    {
        // Two green regimes and one red on pane 0, whose values run from 25 to 80 (with a level at 70).
        var figure = new ChartFigure("T", "b", [new ChartPane("RSI")], [new ChartTrace("RSI", Days, [25, 60, double.NaN, 80])])
        {
            Bands = [new ChartBand(Days[0], Days[1], 0, "#27ae60"), new ChartBand(Days[2], Days[3], 0, "#c0392b"), new ChartBand(Days[3], Days[3], 0, "#27ae60")],
            Levels = [new ChartLevel(70, 0, "#888888")],
        };

        var spec = PlotlyFigure.Spec(figure, false);
        var numbers = Numbers(spec);
        using var doc = JsonDocument.Parse(spec.Json);
        var traces = doc.RootElement.GetProperty("traces").EnumerateArray().ToList();
        var xs = doc.RootElement.GetProperty("x");

        Assert.Equal(["band", "band", "RSI"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.DoesNotContain(doc.RootElement.GetProperty("layout").GetProperty("shapes").EnumerateArray(), s => s.GetProperty("type").GetString() == "rect");
        var green = traces[0];
        Assert.Equal("#27ae60", green.GetProperty("fillcolor").GetString());
        Assert.Equal("toself", green.GetProperty("fill").GetString());
        Assert.Equal("skip", green.GetProperty("hoverinfo").GetString());

        // Rectangles [from, from, to, to, from] × [low, high, high, low, low], NaN between: 2024-01-02 is day 19724.
        var x = xs[green.GetProperty("x").GetInt32()];
        var (xo, xn) = (x[0].GetInt32(), x[1].GetInt32());
        var y = green.GetProperty("y");
        var (yo, yn) = (y[0].GetInt32(), y[1].GetInt32());
        Assert.Equal(12, xn);
        Assert.Equal(12, yn);
        Assert.Equal([19724, 19724, 19725, 19725, 19724], numbers[xo..(xo + 5)]);
        Assert.True(double.IsNaN(numbers[xo + 5]));
        Assert.Equal([19727, 19727, 19727, 19727, 19727], numbers[(xo + 6)..(xo + 11)]);
        Assert.Equal([25, 80, 80, 25, 25], numbers[yo..(yo + 5)]);
    }

    [Fact]
    public void Spec_ManyBarsAloneOnTheirPane_OneFilledStepLine_FewOrPatternedBarsStayBars()
    {
        var many = Enumerable.Range(0, 500).Select(i => new DateOnly(2020, 1, 1).AddDays(i)).ToArray();
        var values = many.Select((_, i) => (double)(i % 7 - 3)).ToArray();
        var figure = new ChartFigure("T", "b", [new ChartPane("Price"), new ChartPane("Volume"), new ChartPane("Flows")],
        [
            new ChartTrace("Close", many, values),
            new ChartTrace("Volume", many, values, TraceKind.Bar, 1) { Color = "#7f8c8d" },
            new ChartTrace("Modelled", many, values, TraceKind.Bar, 2) { Pattern = "/" },
            new ChartTrace("Few", Days, [1, 2, 3, 4], TraceKind.Bar, 0),
        ]);

        var spec = PlotlyFigure.Spec(figure, false);

        var volume = Trace(spec, "Volume");
        Assert.Equal("scatter", volume.GetProperty("type").GetString());
        Assert.Equal("tozeroy", volume.GetProperty("fill").GetString());
        Assert.Equal("hvh", volume.GetProperty("line").GetProperty("shape").GetString());
        Assert.Equal("#7f8c8d", volume.GetProperty("fillcolor").GetString());
        Assert.Equal("bar", Trace(spec, "Modelled").GetProperty("type").GetString());
        Assert.Equal("bar", Trace(spec, "Few").GetProperty("type").GetString());
    }

    [Fact]
    public void Spec_Legend_HtmlButtonsNameTheirPlotlyTraces_BandsFirst_AndPlotlysOwnLegendIsOff()
    {
        // Two band colours become two polygon traces ahead of the figure's traces, so "IWM close" is plotly trace 2.
        var figure = new ChartFigure("T", "b", [new ChartPane("Price")],
        [
            new ChartTrace("IWM close", Days, [1, 2, 3, 4]),
            new ChartTrace("SMA 50", Days, [1, 2, 3, 4]) { Dash = "dot" },
        ])
        {
            Bands = [new ChartBand(Days[0], Days[1], 0, "#27ae60"), new ChartBand(Days[2], Days[3], 0, "#c0392b")],
        };

        using var doc = JsonDocument.Parse(PlotlyFigure.Spec(figure, false).Json);
        var layout = doc.RootElement.GetProperty("layout");
        var legend = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(doc.RootElement.GetProperty("legend").GetString()!);
        var buttons = legend.QuerySelectorAll(".chart-legend > button").ToList();

        Assert.False(layout.GetProperty("showlegend").GetBoolean());
        // The plot's height is what the host leaves under the legend (charts.js), not a fixed layout height.
        Assert.False(layout.TryGetProperty("height", out _));
        Assert.Equal(["2", "3"], buttons.Select(b => b.GetAttribute("data-trace")));
        Assert.Equal(["IWM close", "SMA 50"], buttons.Select(b => b.TextContent));
        Assert.All(buttons, b => Assert.Equal(("button", "true"), (b.GetAttribute("type"), b.GetAttribute("aria-pressed"))));
        Assert.Equal("2 3", buttons[1].QuerySelector("line")!.GetAttribute("stroke-dasharray"));
    }

    [Fact]
    public void Spec_OneTrace_NoLegend()
    {
        var figure = new ChartFigure("T", "b", [new ChartPane("Price")], [new ChartTrace("IWM close", Days, [1, 2, 3, 4])]);

        using var doc = JsonDocument.Parse(PlotlyFigure.Spec(figure, false).Json);

        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("legend").ValueKind);
    }

    [Fact]
    public void Spec_BarGroup_IsPlotlysOffsetGroup_AbsentWithoutOne()
    {
        var figure = new ChartFigure("T", "b", [new ChartPane("Flow")],
        [
            new ChartTrace("IWM", Days, [1, 2, 3, 4], TraceKind.Bar) { BarGroup = "IWM" },
            new ChartTrace("IJR", Days, [1, 2, 3, 4], TraceKind.Bar),
        ]);

        var spec = PlotlyFigure.Spec(figure, false);

        Assert.Equal("IWM", Trace(spec, "IWM").GetProperty("offsetgroup").GetString());
        Assert.False(Trace(spec, "IJR").TryGetProperty("offsetgroup", out _));
    }

    [Fact]
    public void Spec_TickLabels_NotMeasuredToHideOrTurn_OnEveryAxis()
    {
        var figure = new ChartFigure("T", "b", [new ChartPane("Price"), new ChartPane("RSI")],
        [
            new ChartTrace("IWM close", Days, [1, 2, 3, 4]),
            new ChartTrace("RSI 14", Days, [40, 50, 60, 70], Pane: 1),
        ]);

        using var doc = JsonDocument.Parse(PlotlyFigure.Spec(figure, false).Json);
        var layout = doc.RootElement.GetProperty("layout");

        var axes = layout.EnumerateObject().Where(p => p.Name is "xaxis" or "yaxis" or "yaxis2").ToList();
        Assert.Equal(3, axes.Count);
        Assert.All(axes, a => Assert.Equal("allow", a.Value.GetProperty("ticklabeloverflow").GetString()));
        Assert.Equal(0, layout.GetProperty("xaxis").GetProperty("tickangle").GetInt32());
    }

    [Fact]
    public void Spec_PaneTitles_AreAnnotationsAtTheLeftEdge_NotAxisTitles()
    {
        var figure = new ChartFigure("T", "b", [new ChartPane("Price"), new ChartPane("RSI 14")],
        [
            new ChartTrace("IWM close", Days, [1, 2, 3, 4]),
            new ChartTrace("RSI 14", Days, [40, 50, 60, 70], Pane: 1),
        ]);

        using var doc = JsonDocument.Parse(PlotlyFigure.Spec(figure, false).Json);
        var layout = doc.RootElement.GetProperty("layout");

        // An axis title makes plotly measure every tick label on each redraw to keep clear of them.
        Assert.False(layout.GetProperty("yaxis").TryGetProperty("title", out _));
        Assert.False(layout.GetProperty("yaxis2").TryGetProperty("title", out _));
        var titles = layout.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(["Price", "RSI 14"], titles.Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(["y domain", "y2 domain"], titles.Select(t => t.GetProperty("yref").GetString()));
        // Centred 10 px from the chart's left edge: the margin is the figure's fixed one, the server-drawn picture's.
        var margin = layout.GetProperty("margin").GetProperty("l").GetInt32();
        Assert.All(titles, t =>
        {
            Assert.Equal("paper", t.GetProperty("xref").GetString());
            Assert.Equal(0, t.GetProperty("x").GetDouble());
            Assert.Equal(10 - margin, t.GetProperty("xshift").GetInt32());
            Assert.Equal(-90, t.GetProperty("textangle").GetInt32());
            Assert.False(t.GetProperty("showarrow").GetBoolean());
        });
    }
}
