using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace SmallCapDashboard.Web.Charts;

/// <summary>
/// Turns a <see cref="ChartFigure"/> into Plotly.Blazor data and layout: one x-axis shared by every pane
/// (linked zoom, one crosshair across panes), a y-axis per pane stacked by weight, hover showing the date and values.
/// </summary>
public static class PlotlyFigure
{
    private const double Gap = 0.04;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ChartFigure, IList<ITrace>> Traces = new();

    /// <summary>The traces (built once per figure and shared, since figures are immutable and cached per query).</summary>
    public static IList<ITrace> Data(ChartFigure figure) => Traces.GetValue(figure, BuildData);

    private static IList<ITrace> BuildData(ChartFigure figure)
    {
        var data = new List<ITrace>(figure.Traces.Count);
        foreach (var t in figure.Traces)
        {
            var x = Dates(t.X);
            var axis = t.Pane == 0 ? "y" : "y" + (t.Pane + 1).ToString(CultureInfo.InvariantCulture);
            switch (t.Kind)
            {
                case TraceKind.Candles:
                    data.Add(new Candlestick
                    {
                        Name = t.Name, X = x, Open = Values(t.Open ?? t.Y), High = Values(t.High ?? t.Y), Low = Values(t.Low ?? t.Y),
                        Close = Values(t.Y), YAxis = axis, XAxis = "x",
                    });
                    break;
                case TraceKind.Bar:
                    data.Add(new Bar
                    {
                        Name = t.Name, X = x, Y = Values(t.Y), YAxis = axis, XAxis = "x",
                        Marker = t.Color is null && t.Pattern is null ? null : new Plotly.Blazor.Traces.BarLib.Marker
                        {
                            Color = t.Color,
                            Pattern = t.Pattern is null ? null : new Plotly.Blazor.Traces.BarLib.MarkerLib.Pattern { Shape = PatternShape(t.Pattern) },
                        },
                        HoverTemplate = "%{y:,.4~g}<extra>" + t.Name + "</extra>",
                    });
                    break;
                default:
                    var markers = t.Kind == TraceKind.Markers;
                    data.Add(new Scatter
                    {
                        Name = t.Name, X = x, Y = Values(t.Y), YAxis = axis, XAxis = "x",
                        Mode = markers ? ModeFlag.Markers : ModeFlag.Lines,
                        Line = markers ? null : new Line { Color = t.Color, Dash = t.Dash, Width = 1.6m },
                        Marker = markers ? new Marker { Color = t.Color, Size = 10, Symbol = MarkerSymbol(t.Symbol) } : null,
                        TextArray = t.Text is null ? null : [.. t.Text],
                        HoverTemplate = t.Text is null
                            ? "%{y:,.4~g}<extra>" + t.Name + "</extra>"
                            : "%{text}<extra>" + t.Name + "</extra>",
                    });
                    break;
            }
        }

        return data;
    }

    /// <summary>The layout: stacked panes on one shared x-axis.</summary>
    public static Plotly.Blazor.Layout Layout(ChartFigure figure, bool dark)
    {
        var total = 0.0;
        foreach (var p in figure.Panes)
        {
            total += p.Weight;
        }

        var usable = 1.0 - Gap * (figure.Panes.Count - 1);
        var yAxes = new List<YAxis>(figure.Panes.Count);
        var top = 1.0;
        for (var i = 0; i < figure.Panes.Count; i++)
        {
            var pane = figure.Panes[i];
            var height = usable * pane.Weight / total;
            var bottom = Math.Max(0, top - height);
            yAxes.Add(new YAxis
            {
                Domain = [Round(bottom), Round(top)],
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = pane.Title },
                TickFormat = pane.TickFormat,
                Type = pane.Log ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Linear,
                Anchor = "x",
                GridColor = dark ? "#33404d" : "#e3e7ec",
            });
            top = bottom - Gap;
        }

        var shapes = new List<Shape>();
        foreach (var b in figure.Bands)
        {
            shapes.Add(new Shape
            {
                Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Rect, XRef = "x", YRef = AxisRef(b.Pane) + " domain",
                X0 = Date(b.From), X1 = Date(b.To), Y0 = 0, Y1 = 1, FillColor = b.Color, Opacity = 0.18m,
                Layer = Plotly.Blazor.LayoutLib.ShapeLib.LayerEnum.Below, Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Width = 0 },
            });
        }

        foreach (var l in figure.Levels)
        {
            shapes.Add(new Shape
            {
                Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line, XRef = "x domain", YRef = AxisRef(l.Pane),
                X0 = 0, X1 = 1, Y0 = l.Y, Y1 = l.Y,
                Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = l.Color, Width = 1, Dash = "dot" },
            });
        }

        var text = dark ? "#e6e9ee" : "#1d2733";
        return new Plotly.Blazor.Layout
        {
            Title = new Title { Text = figure.Title + "<br><sub>" + figure.BasisNote + "</sub>" },
            HoverMode = HoverModeEnum.XUnified,
            XAxis =
            [
                new XAxis
                {
                    Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date, ShowSpikes = true,
                    SpikeMode = Plotly.Blazor.LayoutLib.XAxisLib.SpikeModeFlag.Across, Anchor = AxisRef(figure.Panes.Count - 1),
                    RangeSlider = new Plotly.Blazor.LayoutLib.XAxisLib.RangeSlider { Visible = false },
                    GridColor = dark ? "#33404d" : "#e3e7ec",
                },
            ],
            YAxis = yAxes,
            Shapes = shapes,
            Height = 280 + 170 * (figure.Panes.Count - 1),
            Margin = new Margin { L = 60, R = 20, T = 64, B = 40 },
            PaperBgColor = dark ? "#1f2630" : "#ffffff",
            PlotBgColor = dark ? "#1f2630" : "#ffffff",
            Font = new Font { Color = text, Family = "system-ui, sans-serif", Size = 12 },
            Legend = [new Plotly.Blazor.LayoutLib.Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.12m }],
            UiRevision = figure.Title,
        };
    }

    /// <summary>Chart settings: responsive, PNG download named after the chart, no logo, no cloud links.</summary>
    public static Config Config(string fileName) => new()
    {
        Responsive = true,
        DisplayLogo = false,
        ToImageButtonOptions = new { format = "png", filename = fileName, scale = 2 },
        ModeBarButtonsToRemove = new[] { "lasso2d", "select2d" },
    };

    private static string AxisRef(int pane) => pane == 0 ? "y" : "y" + (pane + 1).ToString(CultureInfo.InvariantCulture);

    private static double Round(double v) => Math.Round(Math.Clamp(v, 0, 1), 4);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<object> Dates(DateOnly[] dates)
    {
        var list = new List<object>(dates.Length);
        foreach (var d in dates)
        {
            list.Add(Date(d));
        }

        return list;
    }

    private static List<object> Values(double[] values)
    {
        var list = new List<object>(values.Length);
        foreach (var v in values)
        {
            list.Add(double.IsFinite(v) ? Math.Round(v, 10) : null!);
        }

        return list;
    }

    private static Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum? MarkerSymbol(string? symbol) => symbol switch
    {
        "triangle-up" => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.TriangleUp,
        "triangle-down" => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.TriangleDown,
        "diamond" => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond,
        _ => null,
    };

    private static Plotly.Blazor.Traces.BarLib.MarkerLib.PatternLib.ShapeEnum? PatternShape(string pattern) => pattern switch
    {
        "/" => Plotly.Blazor.Traces.BarLib.MarkerLib.PatternLib.ShapeEnum.Slash,
        "x" => Plotly.Blazor.Traces.BarLib.MarkerLib.PatternLib.ShapeEnum.X,
        "." => Plotly.Blazor.Traces.BarLib.MarkerLib.PatternLib.ShapeEnum.Dot,
        _ => null,
    };
}
