using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace SmallCapDashboard.Web.Charts;

/// <summary>
/// A server-drawn picture of a <see cref="ChartFigure"/> (HTML with inline SVG) that the prerendered page shows at its
/// first paint, before plotly.js has loaded; charts.js removes it once plotly has drawn the interactive chart in its
/// place (ADR 0016). It keeps what the figure says: the same panes, traces, colours (<see cref="PlotlyFigure.TraceColor"/>),
/// hatched modelled bars, markers, bands, levels, tick labels in the panes' formats and the legend. Lines are drawn in a
/// 1000 × 1000 grid stretched over each pane, so the picture fits any width without knowing it.
/// </summary>
public static class StaticChart
{
    /// <summary>The drawing grid of each pane's lines (columns and rows).</summary>
    public const int Grid = 1000;

    /// <summary>
    /// A chart's left margin, plotly's and this picture's: room for the widest y tick label, plotly's gap after it, the
    /// axis title's standoff and the title (fixed per figure: plotly's automargin moved it with every range change and
    /// laid the figure out again, which made a redraw about twice as slow).
    /// </summary>
    public static int MarginLeft(ChartFigure figure) => AxesOf(figure).MarginLeft;

    /// <summary>The pane titles' band in the margin: its start from the chart's edge (<c>.cs-title</c>), its width.</summary>
    internal const int TitleEdge = 2, TitleBand = 16;

    /// <summary>A pane's y-range (plotly's autorange) and its ticks; NaN range when the pane has no data.</summary>
    private sealed record PaneAxis(double Low, double High, List<(double Value, string Label)> Ticks);

    private sealed record FigureAxes(PaneAxis[] Panes, int MarginLeft);

    private static readonly ConditionalWeakTable<ChartFigure, FigureAxes> Axes = new();

    /// <summary>Each pane's range and ticks and the margin they need, worked out once per figure (for both pictures).</summary>
    private static FigureAxes AxesOf(ChartFigure figure) => Axes.GetValue(figure, f =>
    {
        var domains = PlotlyFigure.Domains(f);
        var plotHeight = PlotHeight(f);
        var panes = new PaneAxis[f.Panes.Count];
        var widest = 0.0;
        for (var p = 0; p < panes.Length; p++)
        {
            var (low, high) = ChartAxes.YRange(f, p);
            var ticks = ChartAxes.YTicks(f, p, low, high, (domains[p].Top - domains[p].Bottom) * plotHeight);
            panes[p] = new PaneAxis(low, high, ticks);
            foreach (var (_, label) in ticks)
            {
                widest = Math.Max(widest, ChartAxes.LabelWidth(label));
            }
        }

        return new FigureAxes(panes, Math.Max(56, (int)Math.Ceiling(widest + 3 + 6 + TitleBand + TitleEdge)));
    });

    private static int PlotHeight(ChartFigure figure) => PlotlyFigure.Height(figure) - PlotlyFigure.MarginTop - PlotlyFigure.MarginBottom - (LegendRows(figure) * 18);

    private static readonly ConditionalWeakTable<ChartFigure, string?> Light = new();
    private static readonly ConditionalWeakTable<ChartFigure, string?> Dark = new();

    /// <summary>The picture (drawn once per figure and theme, like <see cref="PlotlyFigure.Spec"/>).</summary>
    public static string? For(ChartFigure figure, bool dark) => (dark ? Dark : Light).GetValue(figure, f => Html(f, dark));

    /// <summary>The picture's markup (a <c>div.chart-static</c> filling the chart host), or null when there is nothing to draw.</summary>
    public static string? Html(ChartFigure figure, bool dark)
    {
        if (figure.ShowsNothing)
        {
            return null;
        }

        var (first, last) = XExtent(figure);
        var bars = figure.Traces.Where(IsBarRects).ToList();
        var spacing = BarSpacing(bars);
        if (bars.Count > 0)
        {
            // Plotly pads the date axis by half a bar on each side.
            first -= spacing / 2;
            last += spacing / 2;
        }

        if (figure.Traces.Any(t => t.Kind == TraceKind.Markers))
        {
            // Markers make plotly pad the date axis by 5 % of its length on each side.
            var pad = (last - first) * 0.05 / 0.9;
            first -= pad;
            last += pad;
        }

        var span = Math.Max(last - first, 1);
        double X(DateOnly d) => (d.DayNumber - first) / span;
        var ink = PlotlyFigure.Ink(dark);
        var grid = PlotlyFigure.GridColor(dark);
        var html = new StringBuilder(16_384);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"chart-static\" aria-hidden=\"true\" data-testid=\"chart-static\" style=\"background:{PlotlyFigure.Background(dark)};color:{ink}\">");
        var margin = MarginLeft(figure);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cs-plot\" style=\"margin:{PlotlyFigure.MarginTop}px {PlotlyFigure.MarginRight}px {PlotlyFigure.MarginBottom}px {margin}px;--cs-title-left:{TitleEdge - margin}px\">");
        var domains = PlotlyFigure.Domains(figure);
        var dateTicks = ChartAxes.DateTicks(DateOnly.FromDayNumber((int)Math.Ceiling(first)), DateOnly.FromDayNumber((int)Math.Floor(last)));
        var xGrid = dateTicks.Select(t => X(t.Date)).ToList();
        var axes = AxesOf(figure);
        for (var p = 0; p < figure.Panes.Count; p++)
        {
            Pane(html, figure, p, domains[p], axes.Panes[p], X, xGrid, bars, spacing / span, dark, grid);
        }

        html.Append("<div class=\"cs-x\">");
        foreach (var (date, label) in dateTicks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span style=\"left:{Pct(X(date))}\">{label}</span>");
        }

        html.Append("</div></div>");
        html.Append(LegendHtml(figure, dark, null));
        html.Append("</div>");
        return html.ToString();
    }

    private static void Pane(StringBuilder html, ChartFigure figure, int p, (double Bottom, double Top) domain, PaneAxis axis,
        Func<DateOnly, double> x, List<double> xGrid, List<ChartTrace> bars, double barWidth, bool dark, string grid)
    {
        var pane = figure.Panes[p];
        var traces = figure.Traces.Where(t => t.Pane == p).ToList();
        var (low, high, ticks) = axis;
        if (!double.IsFinite(low))
        {
            return;
        }

        double Y(double v) => pane.Log ? (Math.Log10(high) - Math.Log10(v)) / (Math.Log10(high) - Math.Log10(low)) : (high - v) / (high - low);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cs-pane\" style=\"top:{Pct(1 - domain.Top)};height:{Pct(domain.Top - domain.Bottom)}\">");
        html.Append("<svg width=\"100%\" height=\"100%\">");
        foreach (var band in figure.Bands.Where(b => b.Pane == p))
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Pct(x(band.From))}\" width=\"{Pct(x(band.To) - x(band.From))}\" y=\"0\" height=\"100%\" fill=\"{band.Color}\" opacity=\"{(dark ? 0.22 : 0.16)}\"/>");
        }

        foreach (var gx in xGrid)
        {
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pct(gx)}\" x2=\"{Pct(gx)}\" y1=\"0\" y2=\"100%\" stroke=\"{grid}\"/>");
        }

        foreach (var (v, _) in ticks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" x2=\"100%\" y1=\"{Pct(Y(v))}\" y2=\"{Pct(Y(v))}\" stroke=\"{grid}\"/>");
        }

        if (!pane.Log && low < 0 && high > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" x2=\"100%\" y1=\"{Pct(Y(0))}\" y2=\"{Pct(Y(0))}\" stroke=\"{PlotlyFigure.Ink(dark)}\" opacity=\"0.7\"/>");
        }

        foreach (var level in figure.Levels.Where(l => l.Pane == p))
        {
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" x2=\"100%\" y1=\"{Pct(Y(level.Y))}\" y2=\"{Pct(Y(level.Y))}\" stroke=\"{PlotlyFigure.ThemeColor(level.Color, dark)}\" stroke-dasharray=\"2 3\"/>");
        }

        // Grouped bars, as plotly's default bar mode: each bar group (a trace without one) has its slot in 80 % of the spacing.
        var barTraces = bars.Where(b => b.Pane == p).ToList();
        var slots = barTraces.Select(b => b.BarGroup ?? "\0" + barTraces.IndexOf(b)).Distinct().ToList();
        foreach (var bar in barTraces)
        {
            var slot = barWidth * 0.8 / slots.Count;
            var offset = (-barWidth * 0.4) + (slot * slots.IndexOf(bar.BarGroup ?? "\0" + barTraces.IndexOf(bar)));
            var color = PlotlyFigure.TraceColor(figure, bar, dark);
            var fill = color;
            if (bar.Pattern is not null)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"cs-hatch-{p}-{barTraces.IndexOf(bar)}");
                html.Append(CultureInfo.InvariantCulture, $"<defs><pattern id=\"{id}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{color}\" opacity=\"0.35\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{color}\" stroke-width=\"3\"/></pattern></defs>");
                fill = $"url(#{id})";
            }

            var zero = Y(0);
            for (var i = 0; i < bar.X.Length && i < bar.Y.Length; i++)
            {
                // A bar under 0.2 % of the pane's height is under half a pixel: plotly's is invisible too.
                if (double.IsFinite(bar.Y[i]) && Math.Abs(Y(bar.Y[i]) - zero) >= 0.002)
                {
                    var y = Y(bar.Y[i]);
                    html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Pct(x(bar.X[i]) + offset)}\" width=\"{Pct(slot)}\" y=\"{Pct(Math.Min(y, zero))}\" height=\"{Pct(Math.Abs(zero - y))}\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1\"{(bar.Pattern is null ? string.Empty : " stroke-opacity=\"0.5\"")}/>");
                }
            }
        }

        // Lines, step-filled long bar series and candle wicks in a grid stretched over the pane.
        html.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Grid} {Grid}\" preserveAspectRatio=\"none\" width=\"100%\" height=\"100%\">");
        foreach (var t in traces)
        {
            var color = PlotlyFigure.TraceColor(figure, t, dark);
            switch (t.Kind)
            {
                case TraceKind.Line:
                    var dash = t.Dash switch { "dot" => " stroke-dasharray=\"2 3\"", "dash" => " stroke-dasharray=\"6 4\"", _ => string.Empty };
                    html.Append(CultureInfo.InvariantCulture, $"<path d=\"{LinePath(t.X, t.Y, x, Y)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.6\" vector-effect=\"non-scaling-stroke\"{dash}/>");
                    break;
                case TraceKind.Bar when !IsBarRects(t):
                    html.Append(CultureInfo.InvariantCulture, $"<path d=\"{StepArea(t.X, t.Y, x, Y(0) * Grid, Y)}\" fill=\"{color}\"/>");
                    break;
                case TraceKind.Candles:
                    html.Append(CultureInfo.InvariantCulture, $"<path d=\"{Wicks(t, x, Y, up: true)}\" stroke=\"#3d9970\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>");
                    html.Append(CultureInfo.InvariantCulture, $"<path d=\"{Wicks(t, x, Y, up: false)}\" stroke=\"#ff4136\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>");
                    break;
            }
        }

        html.Append("</svg>");
        foreach (var t in traces.Where(t => t.Kind == TraceKind.Markers))
        {
            var own = PlotlyFigure.TraceColor(figure, t, dark);
            for (var i = 0; i < t.X.Length && i < t.Y.Length; i++)
            {
                if (double.IsFinite(t.Y[i]) && (!pane.Log || t.Y[i] > 0))
                {
                    var color = t.PointColors is { } colors ? PlotlyFigure.ThemeColor(colors[i], dark) : own;
                    var glyph = Glyph(t.PointSymbols?[i] ?? t.Symbol);
                    html.Append(CultureInfo.InvariantCulture, $"<svg x=\"{Pct(x(t.X[i]))}\" y=\"{Pct(Y(t.Y[i]))}\" overflow=\"visible\"><path d=\"{glyph}\" fill=\"{color}\"/></svg>");
                }
            }
        }

        html.Append("</svg><div class=\"cs-y\">");
        foreach (var (v, label) in ticks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span style=\"top:{Pct(Y(v))}\">{label}</span>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</div><div class=\"cs-title\">{WebUtility.HtmlEncode(pane.Title)}</div></div>");
    }

    /// <summary>
    /// The legend under a chart, in the figure's left margin: the picture's entries (<paramref name="firstTrace"/> null),
    /// or the live chart's, buttons that hide and show plotly trace <paramref name="firstTrace"/> + i (charts.js; plotly's
    /// own legend measured every entry on each redraw). Null for a single trace, as plotly shows none.
    /// </summary>
    internal static string? LegendHtml(ChartFigure figure, bool dark, int? firstTrace)
    {
        if (figure.Traces.Count < 2)
        {
            return null;
        }

        var widest = figure.Traces.Max(t => t.Name.Length);
        var html = new StringBuilder(256 * figure.Traces.Count);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cs-legend{(firstTrace is null ? "" : " chart-legend")}\" style=\"padding-left:{MarginLeft(figure)}px;grid-template-columns:repeat(auto-fill,minmax({LegendColumn(widest)}px,max-content))\">");
        for (var i = 0; i < figure.Traces.Count; i++)
        {
            var t = figure.Traces[i];
            var color = PlotlyFigure.TraceColor(figure, t, dark);
            var swatch = t.Kind == TraceKind.Line
                ? $"<svg width=\"24\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" x2=\"24\" y1=\"5\" y2=\"5\" stroke=\"{color}\" stroke-width=\"2\"{(t.Dash is null ? string.Empty : " stroke-dasharray=\"2 3\"")}/></svg>"
                : t.Kind == TraceKind.Markers
                    ? $"<svg width=\"12\" height=\"12\" aria-hidden=\"true\"><path transform=\"translate(6 6)\" d=\"{Glyph(t.PointSymbols?[0] ?? t.Symbol)}\" fill=\"{(t.PointColors is { Length: > 0 } c ? PlotlyFigure.ThemeColor(c[0], dark) : color)}\"/></svg>"
                    : t.Pattern is not null
                        ? $"<svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"{color}\" opacity=\"0.35\"/><path d=\"M0 12L12 0M-3 3L3 -3M9 15L15 9\" stroke=\"{color}\" stroke-width=\"2\"/></svg>"
                        : $"<svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"{color}\"/></svg>";
            var name = WebUtility.HtmlEncode(t.Name);
            html.Append(firstTrace is { } first
                ? string.Create(CultureInfo.InvariantCulture, $"<button type=\"button\" data-trace=\"{first + i}\" aria-pressed=\"true\" title=\"Hide or show {name} (double-click: {name} alone)\">{swatch}{name}</button>")
                : $"<span>{swatch}{name}</span>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>Plotly's legend lays entries out in columns as wide as the widest entry (swatch and about 6.6 px a character).</summary>
    private static int LegendColumn(int widestName) => 46 + (int)Math.Ceiling(widestName * 6.6);

    /// <summary>Legend rows at a 1,300 px plot width (how much height the legend takes from the plot).</summary>
    private static int LegendRows(ChartFigure figure)
    {
        if (figure.Traces.Count < 2)
        {
            return 0;
        }

        var perRow = Math.Max(1, 1300 / LegendColumn(figure.Traces.Max(t => t.Name.Length)));
        return (figure.Traces.Count + perRow - 1) / perRow;
    }

    /// <summary>A line through the finite points (x and y as fractions of the pane), in grid units; NaN breaks it.</summary>
    internal static string LinePath(DateOnly[] dates, double[] values, Func<DateOnly, double> x, Func<double, double> y)
    {
        var d = new StringBuilder(values.Length * 9);
        var pen = false;
        int lastX = int.MinValue, lastY = int.MinValue;
        for (var i = 0; i < dates.Length && i < values.Length; i++)
        {
            var v = values[i];
            var yy = double.IsFinite(v) ? y(v) : double.NaN;
            if (!double.IsFinite(yy))
            {
                pen = false;
                continue;
            }

            var gx = (int)Math.Round(x(dates[i]) * Grid);
            var gy = (int)Math.Round(yy * Grid);
            if (pen && gx == lastX && gy == lastY)
            {
                continue;
            }

            d.Append(pen ? 'L' : 'M').Append(gx.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(gy.ToString(CultureInfo.InvariantCulture));
            (lastX, lastY, pen) = (gx, gy, true);
        }

        return d.ToString();
    }

    /// <summary>A filled step area from zero (a long bar series, as plotly's hvh step fill); NaN counts as zero.</summary>
    private static string StepArea(DateOnly[] dates, double[] values, Func<DateOnly, double> x, double zero, Func<double, double> y)
    {
        var n = Math.Min(dates.Length, values.Length);
        if (n == 0)
        {
            return string.Empty;
        }

        var z = (int)Math.Round(zero);
        var d = new StringBuilder(n * 10);
        d.Append(CultureInfo.InvariantCulture, $"M{(int)Math.Round(x(dates[0]) * Grid)} {z}");
        for (var i = 0; i < n; i++)
        {
            var gy = double.IsFinite(values[i]) ? (int)Math.Round(y(values[i]) * Grid) : z;
            d.Append(CultureInfo.InvariantCulture, $"V{gy}");
            if (i + 1 < n)
            {
                d.Append(CultureInfo.InvariantCulture, $"H{(int)Math.Round(x(dates[i + 1]) * Grid)}");
            }
        }

        d.Append(CultureInfo.InvariantCulture, $"V{z}Z");
        return d.ToString();
    }

    private static string Wicks(ChartTrace t, Func<DateOnly, double> x, Func<double, double> y, bool up)
    {
        var d = new StringBuilder();
        for (var i = 0; i < t.X.Length; i++)
        {
            double open = t.Open?[i] ?? t.Y[i], close = t.Y[i], hi = t.High?[i] ?? close, lo = t.Low?[i] ?? close;
            if (!double.IsFinite(hi) || !double.IsFinite(lo) || (close >= open) != up)
            {
                continue;
            }

            var gx = (int)Math.Round(x(t.X[i]) * Grid);
            d.Append(CultureInfo.InvariantCulture, $"M{gx} {(int)Math.Round(y(hi) * Grid)}V{(int)Math.Round(y(lo) * Grid)}");
        }

        return d.ToString();
    }

    private static string Glyph(string? symbol) => symbol switch
    {
        "triangle-up" => "M0 -6L5.5 4H-5.5Z",
        "triangle-down" => "M0 6L5.5 -4H-5.5Z",
        "diamond" => "M0 -6L5 0L0 6L-5 0Z",
        _ => "M4.5 0A4.5 4.5 0 1 1 -4.5 0A4.5 4.5 0 1 1 4.5 0Z",
    };

    /// <summary>True for bar traces drawn as bars (the long single ones are a filled step line, as in <see cref="PlotlyFigure"/>).</summary>
    private static bool IsBarRects(ChartTrace t) =>
        t.Kind == TraceKind.Bar && (t.Pattern is not null || t.Y.Length <= PlotlyFigure.StepBarThreshold);

    private static double BarSpacing(List<ChartTrace> bars)
    {
        var spacing = double.PositiveInfinity;
        foreach (var b in bars)
        {
            for (var i = 1; i < b.X.Length; i++)
            {
                spacing = Math.Min(spacing, b.X[i].DayNumber - b.X[i - 1].DayNumber);
            }
        }

        return double.IsFinite(spacing) && spacing > 0 ? spacing : 1;
    }

    private static (double First, double Last) XExtent(ChartFigure figure)
    {
        double first = double.PositiveInfinity, last = double.NegativeInfinity;
        foreach (var t in figure.Traces)
        {
            if (t.X.Length > 0)
            {
                first = Math.Min(first, t.X[0].DayNumber);
                last = Math.Max(last, t.X[^1].DayNumber);
            }
        }

        return (first, last);
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
