using System.Globalization;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Spread;

/// <summary>The <c>/spread</c> figures, reduced to at most <c>maxPoints</c> per trace on a shared x-index.</summary>
public static class SpreadCharts
{
    /// <summary>Cumulative returns of every symbol from the window's base close.</summary>
    public static ChartFigure Returns(SpreadModel m, int maxPoints)
    {
        var ys = m.CumulativeReturns.Select(r => r.Values).ToList();
        var idx = ChartReduction.SelectIndices(m.Dates.Length, ys, maxPoints);
        var x = ChartReduction.Pick(m.Dates, idx);
        var traces = m.CumulativeReturns.Select(r => new ChartTrace(r.Symbol, x, ChartReduction.Pick(r.Values, idx))).ToList();
        return new ChartFigure($"Cumulative return since the close of {Day(m.Window.BaseDate)}", Basis(m), [new ChartPane("Return", 1, ".1%")], traces);
    }

    /// <summary>Spread (percentage points) and relative-strength ratio of the first pair.</summary>
    public static ChartFigure SpreadAndRatio(SpreadModel m, int maxPoints)
    {
        var idx = ChartReduction.SelectIndices(m.Dates.Length, [m.SpreadPoints, m.Ratio], maxPoints);
        var x = ChartReduction.Pick(m.Dates, idx);
        return new ChartFigure(
            $"{m.SmallSymbol} − {m.LargeSymbol} spread and {m.SmallSymbol}:{m.LargeSymbol} ratio",
            Basis(m) + " · spread in percentage points, ratio 1.0 at the base close",
            [new ChartPane("Spread (pp)"), new ChartPane("Ratio")],
            [
                new ChartTrace($"{m.SmallSymbol} − {m.LargeSymbol} (pp)", x, ChartReduction.Pick(m.SpreadPoints, idx)) { Color = "#b5542a" },
                new ChartTrace($"{m.SmallSymbol}:{m.LargeSymbol}", x, ChartReduction.Pick(m.Ratio, idx), TraceKind.Line, 1) { Color = "#1f5fa8" },
            ])
        {
            Levels = [new ChartLevel(0, 0, "#888888"), new ChartLevel(1, 1, "#888888")],
        };
    }

    /// <summary>Rolling N-session spread.</summary>
    public static ChartFigure Rolling(SpreadModel m, int maxPoints)
    {
        var idx = ChartReduction.SelectIndices(m.Dates.Length, [m.RollingSpreadPoints], maxPoints);
        var x = ChartReduction.Pick(m.Dates, idx);
        var n = m.Query.Roll.ToString(CultureInfo.InvariantCulture);
        return new ChartFigure(
            $"Rolling {n}-session spread {m.SmallSymbol} − {m.LargeSymbol}",
            Basis(m) + " · percentage points",
            [new ChartPane("Spread (pp)")],
            [new ChartTrace($"{n}-session spread", x, ChartReduction.Pick(m.RollingSpreadPoints, idx)) { Color = "#7a4fa3" }])
        {
            Levels = [new ChartLevel(0, 0, "#888888")],
        };
    }

    /// <summary>Drawdown from the all-time high (over the whole history).</summary>
    public static ChartFigure Drawdowns(SpreadModel m, int maxPoints)
    {
        var ys = m.Drawdowns.Select(r => r.Values).ToList();
        var idx = ChartReduction.SelectIndices(m.Dates.Length, ys, maxPoints);
        var x = ChartReduction.Pick(m.Dates, idx);
        var traces = m.Drawdowns.Select(r => new ChartTrace(r.Symbol, x, ChartReduction.Pick(r.Values, idx))).ToList();
        return new ChartFigure("Drawdown from the all-time high", Basis(m), [new ChartPane("Drawdown", 1, ".0%")], traces);
    }

    private static string Basis(SpreadModel m) => "Basis: " + PriceBasisText.Label(m.Query.Window.Basis);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
