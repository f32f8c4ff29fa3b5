using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmallCapDashboard.Web.Charts;

/// <summary>
/// A figure ready for <c>assets/js/charts.js</c>: the traces' styles and the layout as JSON, and every number (x as
/// day numbers since 1970-01-01, y, candle OHLC) packed into one byte array of little-endian doubles, which Blazor
/// hands to JavaScript as a <c>Uint8Array</c> (no JSON text for the numbers). Each trace refers to its arrays by
/// <c>[offset, length]</c> in doubles; traces of one chart that share dates share one x array.
/// </summary>
public sealed record PlotlySpec(string Json, byte[] Payload, int Height);

/// <summary>
/// Turns a <see cref="ChartFigure"/> into a <see cref="PlotlySpec"/>: one x-axis shared by every pane (linked zoom,
/// one crosshair across panes), a y-axis per pane stacked by weight, hover showing the date and values, colours
/// that hold in both themes, log axes with full tick labels.
/// </summary>
public static partial class PlotlyFigure
{
    private const double Gap = 0.04;
    private static readonly ConditionalWeakTable<ChartFigure, PlotlySpec> Light = new();
    private static readonly ConditionalWeakTable<ChartFigure, PlotlySpec> Dark = new();

    /// <summary>The spec (built once per figure and theme and shared, since figures are immutable and cached per query).</summary>
    public static PlotlySpec Spec(ChartFigure figure, bool dark) =>
        (dark ? Dark : Light).GetValue(figure, f => Build(f, dark));

    /// <summary>The plot's margins but the left one (<see cref="StaticChart.MarginLeft"/>): the server-drawn picture keeps them too.</summary>
    internal const int MarginTop = 12, MarginRight = 12, MarginBottom = 36;

    /// <summary>Height in pixels of the figure's plot (also the placeholder's height before it draws).</summary>
    public static int Height(ChartFigure figure) => 250 + 160 * (figure.Panes.Count - 1);

    private static PlotlySpec Build(ChartFigure figure, bool dark)
    {
        var numbers = new List<double>();
        var xs = new List<(DateOnly[] Dates, int Index)>();
        var xRefs = new JsonArray();
        var traces = new JsonArray();
        foreach (var t in figure.Traces)
        {
            var xi = -1;
            foreach (var (dates, index) in xs)
            {
                if (ReferenceEquals(dates, t.X) || dates.AsSpan().SequenceEqual(t.X))
                {
                    xi = index;
                    break;
                }
            }

            if (xi < 0)
            {
                xi = xs.Count;
                xs.Add((t.X, xi));
                var offset = numbers.Count;
                foreach (var d in t.X)
                {
                    numbers.Add(d.DayNumber - Epoch);
                }

                xRefs.Add(new JsonArray(offset, t.X.Length));
            }

            JsonArray Numbers(double[] values)
            {
                var offset = numbers.Count;
                numbers.AddRange(values);
                return new JsonArray(offset, values.Length);
            }

            var axis = AxisRef(t.Pane);
            var color = t.Kind == TraceKind.Candles ? null : TraceColor(figure, t, dark);
            var trace = new JsonObject { ["name"] = t.Name, ["x"] = xi, ["xaxis"] = "x", ["yaxis"] = axis };
            var hover = "%{y:" + HoverFormat(figure, t.Pane) + "}<extra>" + t.Name + "</extra>";
            switch (t.Kind)
            {
                case TraceKind.Candles:
                    trace["type"] = "candlestick";
                    trace["open"] = Numbers(t.Open ?? t.Y);
                    trace["high"] = Numbers(t.High ?? t.Y);
                    trace["low"] = Numbers(t.Low ?? t.Y);
                    trace["close"] = Numbers(t.Y);
                    break;
                case TraceKind.Bar when t.Pattern is null && t.Y.Length > StepBarThreshold && IsOnlyBarOfPane(figure, t):
                    // Thousands of bars are thousands of SVG paths (volume, MACD histogram at max range); wider than
                    // the pixels they get, they read the same as one filled step line, which is one path.
                    trace["type"] = "scatter";
                    trace["mode"] = "lines";
                    trace["y"] = Numbers(t.Y);
                    trace["line"] = new JsonObject { ["shape"] = "hvh", ["width"] = 0, ["color"] = color };
                    trace["fill"] = "tozeroy";
                    trace["fillcolor"] = color;
                    trace["hovertemplate"] = hover;
                    break;
                case TraceKind.Bar:
                    trace["type"] = "bar";
                    trace["y"] = Numbers(t.Y);
                    var marker = new JsonObject { ["color"] = color };
                    if (t.Pattern is not null)
                    {
                        marker["pattern"] = new JsonObject { ["shape"] = t.Pattern };
                    }

                    if (t.BarGroup is not null)
                    {
                        trace["offsetgroup"] = t.BarGroup;
                    }

                    trace["marker"] = marker;
                    trace["hovertemplate"] = hover;
                    break;
                default:
                    var markers = t.Kind == TraceKind.Markers;
                    trace["type"] = "scatter";
                    trace["y"] = Numbers(t.Y);
                    trace["mode"] = markers ? "markers" : "lines";
                    if (markers)
                    {
                        trace["marker"] = new JsonObject
                        {
                            ["color"] = t.PointColors is { } colors
                                ? new JsonArray([.. colors.Select(c => (JsonNode?)JsonValue.Create(ThemeColor(c, dark)))])
                                : color,
                            ["size"] = 10,
                            ["symbol"] = t.PointSymbols is { } symbols
                                ? new JsonArray([.. symbols.Select(x => (JsonNode?)JsonValue.Create(x))])
                                : t.Symbol,
                        };
                    }
                    else
                    {
                        trace["line"] = new JsonObject { ["color"] = color, ["dash"] = t.Dash, ["width"] = 1.6 };
                    }

                    if (t.Text is not null)
                    {
                        trace["text"] = new JsonArray([.. t.Text.Select(s => (JsonNode?)JsonValue.Create(s))]);
                    }

                    trace["hovertemplate"] = t.Text is null ? hover : "%{text}<extra>" + t.Name + "</extra>";

                    break;
            }

            traces.Add(trace);
        }

        // Shaded intervals (RSI regimes: hundreds at max range) as one filled polygon trace per pane and colour,
        // drawn below the lines, rather than one layout shape each (every shape is its own SVG path and clip).
        var bandTraces = new List<JsonNode>();
        foreach (var group in figure.Bands.GroupBy(b => (b.Pane, b.Color)))
        {
            var (low, high) = ChartAxes.Extent(figure, group.Key.Pane, positiveOnly: false);
            if (!double.IsFinite(low))
            {
                continue;
            }

            var offset = numbers.Count;
            foreach (var b in group)
            {
                double from = b.From.DayNumber - Epoch, to = b.To.DayNumber - Epoch;
                numbers.AddRange([from, from, to, to, from, double.NaN]);
            }

            var count = numbers.Count - offset;
            xRefs.Add(new JsonArray(offset, count));
            var yOffset = numbers.Count;
            foreach (var unused in group)
            {
                numbers.AddRange([low, high, high, low, low, double.NaN]);
            }

            bandTraces.Add(new JsonObject
            {
                ["name"] = "band", ["x"] = xRefs.Count - 1, ["xaxis"] = "x", ["yaxis"] = AxisRef(group.Key.Pane),
                ["type"] = "scatter", ["mode"] = "none", ["fill"] = "toself", ["fillcolor"] = group.Key.Color,
                ["opacity"] = dark ? 0.22 : 0.16, ["y"] = new JsonArray(yOffset, count), ["hoverinfo"] = "skip", ["showlegend"] = false,
            });
        }

        for (var i = bandTraces.Count - 1; i >= 0; i--)
        {
            traces.Insert(0, bandTraces[i]);
        }

        var payload = new byte[numbers.Count * sizeof(double)];
        MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(numbers)).CopyTo(payload);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The chart payload is little-endian.");
        }

        var spec = new JsonObject
        {
            ["x"] = xRefs,
            ["traces"] = traces,
            ["layout"] = Layout(figure, dark),
            ["title"] = figure.Title,
            ["subtitle"] = figure.BasisNote,
            ["legend"] = StaticChart.LegendHtml(figure, dark, bandTraces.Count),
        };
        return new PlotlySpec(spec.ToJsonString(), payload, Height(figure));
    }

    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>
    /// Tick labels drawn as they fall: plotly's default ("hide past div") re-measured an axis's labels after placing
    /// each one, a forced layout per label (bench/README.md); the plot's SVG lets an end label overflow (app.css).
    /// </summary>
    private const string TickLabelOverflow = "allow";

    /// <summary>The layout: stacked panes on one shared x-axis (no title: the panel shows it in HTML, the PNG adds it).</summary>
    internal static JsonObject Layout(ChartFigure figure, bool dark)
    {
        var grid = GridColor(dark);
        var layout = new JsonObject();
        var domains = Domains(figure);
        var marginLeft = StaticChart.MarginLeft(figure);
        var titles = new JsonArray();
        for (var i = 0; i < figure.Panes.Count; i++)
        {
            var pane = figure.Panes[i];
            var (bottom, top) = domains[i];
            titles.Add(PaneTitle(pane.Title, AxisRef(i), marginLeft));
            var axis = new JsonObject
            {
                ["domain"] = new JsonArray(Round(bottom), Round(top)),
                ["anchor"] = "x",
                ["gridcolor"] = grid,
                // The figure's own fixed left margin (StaticChart.MarginLeft), not automargin (see there); tick labels
                // are not measured to hide those past the plot's edge (TickLabelOverflow).
                ["automargin"] = false, ["ticklabeloverflow"] = TickLabelOverflow,
                ["type"] = pane.Log ? "log" : "linear",
            };
            if (pane.TickFormat is not null)
            {
                axis["tickformat"] = pane.TickFormat;
            }

            if (pane.Log && ChartAxes.LogTicks(figure, i) is { Count: > 0 } ticks)
            {
                axis["tickmode"] = "array";
                axis["tickvals"] = new JsonArray([.. ticks.Select(v => (JsonNode?)JsonValue.Create(v))]);
                axis["ticktext"] = new JsonArray([.. ticks.Select(v => (JsonNode?)JsonValue.Create(ChartAxes.LogTickLabel(v)))]);
            }

            layout[i == 0 ? "yaxis" : "yaxis" + (i + 1).ToString(CultureInfo.InvariantCulture)] = axis;
        }

        var shapes = new JsonArray();
        foreach (var l in figure.Levels)
        {
            shapes.Add(new JsonObject
            {
                ["type"] = "line", ["xref"] = "x domain", ["yref"] = AxisRef(l.Pane), ["x0"] = 0, ["x1"] = 1, ["y0"] = l.Y, ["y1"] = l.Y,
                ["line"] = new JsonObject { ["color"] = ThemeColor(l.Color, dark), ["width"] = 1, ["dash"] = "dot" },
            });
        }

        var background = Background(dark);
        layout["hovermode"] = "x unified";
        layout["xaxis"] = new JsonObject
        {
            ["type"] = "date", ["showspikes"] = true, ["spikemode"] = "across", ["anchor"] = AxisRef(figure.Panes.Count - 1),
            ["rangeslider"] = new JsonObject { ["visible"] = false }, ["gridcolor"] = grid, ["hoverformat"] = "%Y-%m-%d",
            // The date labels (one or two lines, level: plotly measured each to pick an angle) fit in the bottom margin.
            ["automargin"] = false, ["ticklabeloverflow"] = TickLabelOverflow, ["tickangle"] = 0,
        };
        layout["shapes"] = shapes;
        layout["annotations"] = titles;
        layout["margin"] = new JsonObject { ["l"] = marginLeft, ["r"] = MarginRight, ["t"] = MarginTop, ["b"] = MarginBottom };
        layout["paper_bgcolor"] = background;
        layout["plot_bgcolor"] = background;
        layout["font"] = new JsonObject { ["color"] = Ink(dark), ["family"] = "system-ui, sans-serif", ["size"] = 12 };
        // The legend is HTML under the plot (StaticChart.LegendHtml); the plot takes the rest of the host's height.
        layout["showlegend"] = false;
        layout["uirevision"] = figure.Title;
        return layout;
    }

    /// <summary>
    /// A pane's title, upright at the chart's left edge beside the pane, where the server-drawn picture has it (app.css
    /// <c>.cs-title</c>): an annotation, not an axis title, which plotly placed clear of the tick labels by measuring
    /// every label on each redraw (a forced layout of the page; bench/README.md).
    /// </summary>
    private static JsonObject PaneTitle(string text, string axis, int marginLeft) => new()
    {
        ["text"] = text, ["showarrow"] = false, ["textangle"] = -90, ["font"] = new JsonObject { ["size"] = 13 },
        ["xref"] = "paper", ["x"] = 0, ["xanchor"] = "center", ["xshift"] = StaticChart.TitleEdge + (StaticChart.TitleBand / 2) - marginLeft,
        ["yref"] = axis + " domain", ["y"] = 0.5, ["yanchor"] = "middle",
    };

    /// <summary>Each pane's vertical domain (bottom, top) as fractions of the plot area, stacked by weight with a gap between.</summary>
    internal static (double Bottom, double Top)[] Domains(ChartFigure figure)
    {
        var total = 0.0;
        foreach (var p in figure.Panes)
        {
            total += p.Weight;
        }

        var domains = new (double, double)[figure.Panes.Count];
        var usable = 1.0 - Gap * (figure.Panes.Count - 1);
        var top = 1.0;
        for (var i = 0; i < figure.Panes.Count; i++)
        {
            var bottom = Math.Max(0, top - (usable * figure.Panes[i].Weight / total));
            domains[i] = (Round(bottom), Round(top));
            top = bottom - Gap;
        }

        return domains;
    }

    private static int BandTraceCount(ChartFigure figure) =>
        figure.Bands.Select(b => (b.Pane, b.Color)).Distinct().Count(g => double.IsFinite(ChartAxes.Extent(figure, g.Pane, positiveOnly: false).Min));

    /// <summary>
    /// Bars beyond this count in one trace (under about 9 px each at full width) are drawn as a filled step line: one SVG
    /// path, not one per bar (a year of daily volume and MACD bars made /indicators' redraw 1.5× as slow).
    /// </summary>
    internal const int StepBarThreshold = 120;

    private static bool IsOnlyBarOfPane(ChartFigure figure, ChartTrace bar) =>
        figure.Traces.All(t => ReferenceEquals(t, bar) || t.Kind != TraceKind.Bar || t.Pane != bar.Pane);

    private static string HoverFormat(ChartFigure figure, int pane) =>
        pane < figure.Panes.Count && figure.Panes[pane].TickFormat is { } f && f.Contains('%', StringComparison.Ordinal) ? ".2%"
        : pane < figure.Panes.Count && figure.Panes[pane].TickFormat == "~s" ? ",.4~s" : ",.4~g";

    private static string AxisRef(int pane) => pane == 0 ? "y" : "y" + (pane + 1).ToString(CultureInfo.InvariantCulture);

    private static double Round(double v) => Math.Round(Math.Clamp(v, 0, 1), 4);

    /// <summary>The spec's JSON, parsed (tests read it).</summary>
    internal static JsonDocument Parse(PlotlySpec spec) => JsonDocument.Parse(spec.Json);
}
