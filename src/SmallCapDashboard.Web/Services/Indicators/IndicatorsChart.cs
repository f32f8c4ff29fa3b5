using System.Globalization;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Reduction;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Indicators;

/// <summary>
/// The linked-pane figure of <c>/indicators</c>: price (line or candles) with moving averages, cross markers and
/// Bollinger bands; volume; RSI with 30/50/70 lines and regime shading; MACD. Line traces share one LTTB selection
/// that keeps the crosses and divergences; candles and volume are aggregated weekly or monthly when asked or when the
/// window holds more sessions than the point budget.
/// </summary>
public static class IndicatorsChart
{
    /// <summary>Simple moving averages, in the order of <c>ma=</c>.</summary>
    public static readonly string[] MaColors = ["#e67e22", "#2e86c1", "#8e44ad", "#16a085", "#c0392b"];

    /// <summary>Exponential moving averages (dashed), in the order of <c>ema=</c>; none shared with the SMAs or MACD.</summary>
    public static readonly string[] EmaColors = ["#d4a000", "#00a3c4", "#7cb342", "#a1887f", "#ff7043"];

    /// <summary>The close line: slate on light, lifted toward white on dark by the figure's theme mapping.</summary>
    public const string CloseColor = "#34495e";

    /// <summary>MACD line (ink) and signal line (pink): distinct from every moving-average colour.</summary>
    public const string MacdColor = "#3b3b58";

    /// <summary>The MACD signal line.</summary>
    public const string MacdSignalColor = "#e0407b";

    /// <summary>Golden crosses and bullish divergences.</summary>
    public const string GoldenColor = "#27ae60";

    /// <summary>Death crosses and bearish divergences.</summary>
    public const string DeathColor = "#c0392b";

    /// <summary>Builds the figure.</summary>
    public static ChartFigure Build(IndicatorsModel m, int maxPoints)
    {
        var q = m.Query;
        var n = m.Dates.Length;
        // Every pane keeps the divergences' days; the price pane also the crosses'.
        var lowerKeep = new List<int>();
        foreach (var d in m.Divergences)
        {
            AddIndex(m, d.FirstDate, lowerKeep);
            AddIndex(m, d.SecondDate, lowerKeep);
        }

        var keep = new List<int>(lowerKeep);
        foreach (var c in m.Crosses)
        {
            keep.Add(c.Cross.Index);
        }

        var ys = new List<double[]> { m.Close, m.Rsi, m.MacdLine };
        ys.AddRange(m.MovingAverages.Select(a => a.Values));
        ys.AddRange(m.ExponentialAverages.Select(a => a.Values));
        var idx = ChartReduction.SelectIndices(n, ys, maxPoints, keep);
        var x = ChartReduction.Pick(m.Dates, idx);
        double[] P(double[] v) => ChartReduction.Pick(v, idx);

        // The RSI and MACD panes are each under half the price pane's height: half its points (LTTB keeps their
        // extremes and the divergences' days), which makes a long window's redraw cheaper.
        var lowerIdx = ChartReduction.SelectIndices(n, [m.Rsi, m.MacdLine, m.MacdSignal], LowerPanePoints(maxPoints), lowerKeep);
        var xLower = ChartReduction.Pick(m.Dates, lowerIdx);
        double[] PL(double[] v) => ChartReduction.Pick(v, lowerIdx);

        var panes = new List<ChartPane> { new($"{m.Description}", 3, null, q.Log) };
        var volumePane = -1;
        if (m.HasVolume)
        {
            volumePane = panes.Count;
            panes.Add(new ChartPane("Volume", 0.8));
        }

        var rsiPane = panes.Count;
        panes.Add(new ChartPane($"RSI {q.RsiPeriod}", 1.2));
        var macdPane = panes.Count;
        panes.Add(new ChartPane($"MACD {q.MacdFast},{q.MacdSlow},{q.MacdSignal}", 1.2));

        var traces = new List<ChartTrace>();
        var frequency = q.Frequency;
        var bars = frequency == BarFrequency.Daily ? null : Aggregate(m, frequency);
        if (q.Style == PriceStyle.Candles && m.HasVolume)
        {
            if (bars is null && n > maxPoints)
            {
                bars = Aggregate(m, BarFrequency.Weekly);
            }

            traces.Add(bars is null
                ? new ChartTrace(m.Query.Symbol, m.Dates, m.Close, TraceKind.Candles) { Open = m.Open, High = m.High, Low = m.Low }
                : new ChartTrace(m.Query.Symbol, bars.Select(b => b.Date).ToArray(), bars.Select(b => b.Close).ToArray(), TraceKind.Candles)
                {
                    Open = bars.Select(b => b.Open).ToArray(), High = bars.Select(b => b.High).ToArray(), Low = bars.Select(b => b.Low).ToArray(),
                });
        }
        else if (bars is not null)
        {
            traces.Add(new ChartTrace($"{q.Symbol} ({Lower(frequency)} close)", bars.Select(b => b.Date).ToArray(), bars.Select(b => b.Close).ToArray()) { Color = CloseColor });
        }
        else
        {
            traces.Add(new ChartTrace($"{q.Symbol} close", x, P(m.Close)) { Color = CloseColor });
        }

        for (var i = 0; i < m.MovingAverages.Count; i++)
        {
            var ma = m.MovingAverages[i];
            traces.Add(new ChartTrace($"SMA {ma.Period}", x, P(ma.Values)) { Color = MaColors[i % MaColors.Length] });
        }

        for (var i = 0; i < m.ExponentialAverages.Count; i++)
        {
            var ema = m.ExponentialAverages[i];
            traces.Add(new ChartTrace($"EMA {ema.Period}", x, P(ema.Values)) { Color = EmaColors[i % EmaColors.Length], Dash = "dash" });
        }

        traces.Add(new ChartTrace($"Bollinger {q.BollingerPeriod} upper", x, P(m.BollingerUpper)) { Color = "#95a5a6", Dash = "dot" });
        traces.Add(new ChartTrace($"Bollinger {q.BollingerPeriod} lower", x, P(m.BollingerLower)) { Color = "#95a5a6", Dash = "dot" });
        AddCrossMarkers(m, traces);
        AddDivergenceMarkers(m, traces, rsiPane);

        if (volumePane >= 0)
        {
            var volumeBars = bars ?? (n > maxPoints ? Aggregate(m, BarFrequency.Weekly) : null);
            traces.Add(volumeBars is null
                ? new ChartTrace("Volume", m.Dates, m.Volume, TraceKind.Bar, volumePane) { Color = "#7f8c8d" }
                : new ChartTrace("Volume", volumeBars.Select(b => b.Date).ToArray(), volumeBars.Select(b => b.Volume).ToArray(), TraceKind.Bar, volumePane) { Color = "#7f8c8d" });
        }

        traces.Add(new ChartTrace($"RSI {q.RsiPeriod}", xLower, PL(m.Rsi), TraceKind.Line, rsiPane) { Color = "#8e44ad" });
        traces.Add(new ChartTrace("MACD", xLower, PL(m.MacdLine), TraceKind.Line, macdPane) { Color = MacdColor });
        traces.Add(new ChartTrace("MACD signal", xLower, PL(m.MacdSignal), TraceKind.Line, macdPane) { Color = MacdSignalColor });
        traces.Add(new ChartTrace("Histogram", xLower, PL(m.MacdHistogram), TraceKind.Bar, macdPane) { Color = "#95a5a6" });

        var bands = m.RsiRegimes
            .Where(r => r.Zone is RsiZone.UpperRegime or RsiZone.LowerRegime)
            .Select(r => new ChartBand(r.Start, r.End, rsiPane, r.Zone == RsiZone.UpperRegime ? "#27ae60" : "#c0392b"))
            .ToList();
        return new ChartFigure(
            $"{m.Description}: price, moving averages, RSI and MACD",
            "Basis: " + PriceBasisText.Label(q.Window.Basis) + (q.Log ? " · log scale" : ""),
            panes,
            traces)
        {
            Bands = bands,
            Levels = [new ChartLevel(70, rsiPane, "#c0392b"), new ChartLevel(50, rsiPane, "#7f8c8d"), new ChartLevel(30, rsiPane, "#27ae60"), new ChartLevel(0, macdPane, "#7f8c8d")],
        };
    }

    /// <summary>Most points of each RSI and MACD trace: half the price pane's.</summary>
    internal static int LowerPanePoints(int maxPoints) => Math.Max(50, maxPoints / 2);

    private static IReadOnlyList<OhlcvBar> Aggregate(IndicatorsModel m, BarFrequency frequency)
    {
        var daily = new OhlcvBar[m.Dates.Length];
        for (var i = 0; i < daily.Length; i++)
        {
            daily[i] = new OhlcvBar(m.Dates[i], m.Open[i], m.High[i], m.Low[i], m.Close[i], m.Volume[i]);
        }

        var weekly = BarAggregation.Weekly(daily);
        return frequency == BarFrequency.Monthly || weekly.Count > 2_000 ? BarAggregation.Monthly(daily) : weekly;
    }

    /// <summary>One marker trace for every cross of every pair (colour and symbol per point), not one per type or marker.</summary>
    private static void AddCrossMarkers(IndicatorsModel m, List<ChartTrace> traces)
    {
        if (m.Crosses.Count == 0)
        {
            return;
        }

        var crosses = m.Crosses.OrderBy(c => c.Cross.Date).ToList();
        traces.Add(new ChartTrace(
            "MA crosses (▲ golden, ▼ death)",
            [.. crosses.Select(c => c.Cross.Date)],
            [.. crosses.Select(c => c.Cross.Slow)],
            TraceKind.Markers)
        {
            PointColors = [.. crosses.Select(c => c.Cross.Type == CrossType.Golden ? GoldenColor : DeathColor)],
            PointSymbols = [.. crosses.Select(c => c.Cross.Type == CrossType.Golden ? "triangle-up" : "triangle-down")],
            Text = [.. crosses.Select(c => $"{c.Cross.Date:yyyy-MM-dd} {c.Pair} {(c.Cross.Type == CrossType.Golden ? "golden" : "death")} cross at {c.Cross.Slow.ToString("G5", CultureInfo.InvariantCulture)}")],
        });
    }

    /// <summary>One marker trace for the divergences on the RSI pane (green bullish, red bearish).</summary>
    private static void AddDivergenceMarkers(IndicatorsModel m, List<ChartTrace> traces, int rsiPane)
    {
        if (m.Divergences.Count == 0)
        {
            return;
        }

        var list = m.Divergences.OrderBy(d => d.SecondDate).ToList();
        traces.Add(new ChartTrace(
            "RSI divergences",
            [.. list.Select(d => d.SecondDate)],
            [.. list.Select(d => d.SecondRsi)],
            TraceKind.Markers,
            rsiPane)
        {
            Symbol = "diamond",
            PointColors = [.. list.Select(d => d.Type == DivergenceType.Bullish ? GoldenColor : DeathColor)],
            Text = [.. list.Select(d => $"{d.Type} divergence: price {d.FirstDate:yyyy-MM-dd}→{d.SecondDate:yyyy-MM-dd}, RSI {d.FirstRsi:F1}→{d.SecondRsi:F1}")],
        });
    }

    private static void AddIndex(IndicatorsModel m, DateOnly date, List<int> keep)
    {
        var i = Array.BinarySearch(m.Dates, date);
        if (i >= 0)
        {
            keep.Add(i);
        }
    }

    private static string Lower(BarFrequency f) => f == BarFrequency.Weekly ? "weekly" : "monthly";
}
