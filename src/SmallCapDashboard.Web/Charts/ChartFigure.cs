namespace SmallCapDashboard.Web.Charts;

/// <summary>How a trace is drawn.</summary>
public enum TraceKind
{
    Line,
    Bar,
    Candles,
    Markers,
}

/// <summary>
/// One series on a chart. <see cref="Y"/> holds NaN for gaps. Candles use <see cref="Open"/>, <see cref="High"/>,
/// <see cref="Low"/> and <see cref="Y"/> as close. <see cref="Text"/> (optional) labels each point on hover.
/// </summary>
public sealed record ChartTrace(string Name, DateOnly[] X, double[] Y, TraceKind Kind = TraceKind.Line, int Pane = 0)
{
    /// <summary>CSS colour, or null for the palette.</summary>
    public string? Color { get; init; }

    /// <summary>Plotly dash style (<c>dot</c>, <c>dash</c>), or null for solid.</summary>
    public string? Dash { get; init; }

    /// <summary>Candle opens.</summary>
    public double[]? Open { get; init; }

    /// <summary>Candle highs.</summary>
    public double[]? High { get; init; }

    /// <summary>Candle lows.</summary>
    public double[]? Low { get; init; }

    /// <summary>Per-point hover labels.</summary>
    public string[]? Text { get; init; }

    /// <summary>Bar fill pattern (Plotly shape <c>/</c>, <c>x</c> or <c>.</c>), e.g. to hatch modelled bars; null for solid.</summary>
    public string? Pattern { get; init; }

    /// <summary>Bars of one group share a slot among the grouped bars (a fund's real and modelled bars); null: a slot of its own.</summary>
    public string? BarGroup { get; init; }

    /// <summary>Marker symbol for <see cref="TraceKind.Markers"/> (e.g. <c>triangle-up</c>).</summary>
    public string? Symbol { get; init; }

    /// <summary>Per-point marker colours (one marker trace for events of several kinds); null for <see cref="Color"/>.</summary>
    public string[]? PointColors { get; init; }

    /// <summary>Per-point marker symbols; null for <see cref="Symbol"/>.</summary>
    public string[]? PointSymbols { get; init; }
}

/// <summary>A horizontal pane of a chart: all panes share the x-axis (zoom and crosshair are linked).</summary>
/// <param name="Title">Axis title.</param>
/// <param name="Weight">Relative height.</param>
/// <param name="TickFormat">d3 format of the y-axis, e.g. <c>.1%</c>.</param>
/// <param name="Log">Logarithmic y-axis.</param>
public sealed record ChartPane(string Title, double Weight = 1, string? TickFormat = null, bool Log = false);

/// <summary>A shaded x-interval on one pane (e.g. an RSI regime).</summary>
public sealed record ChartBand(DateOnly From, DateOnly To, int Pane, string Color);

/// <summary>A horizontal reference line on one pane (e.g. RSI 70).</summary>
public sealed record ChartLevel(double Y, int Pane, string Color);

/// <summary>
/// A chart as the pages describe it, independent of the drawing library. <see cref="BasisNote"/> names the
/// price basis (printed on the figure). Traces are already reduced for display.
/// </summary>
public sealed record ChartFigure(string Title, string BasisNote, IReadOnlyList<ChartPane> Panes, IReadOnlyList<ChartTrace> Traces)
{
    /// <summary>Shaded intervals.</summary>
    public IReadOnlyList<ChartBand> Bands { get; init; } = [];

    /// <summary>Reference lines.</summary>
    public IReadOnlyList<ChartLevel> Levels { get; init; } = [];

    /// <summary>The most points any trace sends.</summary>
    public int MaxPointsPerTrace
    {
        get
        {
            var max = 0;
            foreach (var t in Traces)
            {
                max = Math.Max(max, t.X.Length);
            }

            return max;
        }
    }

    /// <summary>The chart's window and where its data is stored, or null (then only <see cref="IsEmpty"/> counts).</summary>
    public ChartCoverage? Coverage { get; init; }

    /// <summary>
    /// True when there is nothing to draw: no finite value at all, or none dated inside <see cref="Coverage"/>'s window
    /// (a window past the last stored bar leaves only the base close before it).
    /// </summary>
    public bool ShowsNothing => IsEmpty || (Coverage is { } c && !AnyPointIn(c.From, c.To));

    /// <summary>Why the chart is empty (from <see cref="Coverage"/>), or null when it does not know.</summary>
    public string? EmptyReason => Coverage?.Reason;

    private bool AnyPointIn(DateOnly from, DateOnly to)
    {
        foreach (var t in Traces)
        {
            for (var i = 0; i < t.X.Length && i < t.Y.Length; i++)
            {
                if (t.X[i] >= from && t.X[i] <= to && double.IsFinite(t.Y[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when no trace has a finite value.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var t in Traces)
            {
                foreach (var y in t.Y)
                {
                    if (double.IsFinite(y))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
