using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Flows;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>The <c>/leveraged</c> charts as <see cref="ChartFigure"/>s, reduced to the point budget per trace (LTTB, shared x).</summary>
public static class LeveragedCharts
{
    /// <summary>One fund: its actual return, β × the index's return and the daily-reset path, from the base close.</summary>
    public static ChartFigure Fund(LeveragedFundView fund, string basisNote, int maxPoints)
    {
        var ys = new List<double[]> { fund.FundReturn, fund.BetaIndexReturn, fund.DailyResetPath };
        var idx = ChartReduction.SelectIndices(fund.Dates.Length, ys, maxPoints);
        var x = ChartReduction.Pick(fund.Dates, idx);
        var beta = Beta(fund.Beta);
        return new ChartFigure(
            $"{fund.Symbol} (β = {beta}) against {beta} × {fund.IndexSymbol}",
            basisNote,
            [new ChartPane("Return since base close", 1, ".1%")],
            [
                new ChartTrace($"{fund.Symbol} actual", x, ChartReduction.Pick(fund.FundReturn, idx)) { Color = "#1f77b4" },
                new ChartTrace($"{beta} × {fund.IndexSymbol}", x, ChartReduction.Pick(fund.BetaIndexReturn, idx)) { Color = "#7f7f7f", Dash = "dash" },
                new ChartTrace("Daily-reset path", x, ChartReduction.Pick(fund.DailyResetPath, idx)) { Color = "#d62728" },
            ]);
    }

    /// <summary>Compounding drag (daily-reset path − β × index) of every fund over the window.</summary>
    public static ChartFigure Drag(LeveragedModel model, string basisNote, int maxPoints) =>
        AllFunds(model, "Compounding drag: daily-reset path − β × index return", "Drag (return points)", basisNote, maxPoints, f => f.CompoundingDrag);

    /// <summary>Tracking difference (actual − daily-reset path) of every fund over the window.</summary>
    public static ChartFigure Tracking(LeveragedModel model, string basisNote, int maxPoints) =>
        AllFunds(model, "Tracking difference: actual return − daily-reset path (fees, financing, distributions)", "Difference (return points)", basisNote, maxPoints, f => f.TrackingDifference);

    /// <summary>β as printed: 3, −3, −1.</summary>
    public static string Beta(double beta) => beta.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);

    private static ChartFigure AllFunds(
        LeveragedModel model, string title, string axisTitle, string basisNote, int maxPoints, Func<LeveragedFundView, double[]> select)
    {
        var set = new SortedSet<DateOnly>();
        foreach (var f in model.Funds)
        {
            set.UnionWith(f.Dates);
        }

        DateOnly[] axis = [.. set];
        var ys = new List<double[]>(model.Funds.Count);
        foreach (var f in model.Funds)
        {
            ys.Add(DateAlignment.OnAxis(axis, 0, axis.Length - 1, f.Dates, select(f)));
        }

        var idx = ChartReduction.SelectIndices(axis.Length, ys, maxPoints);
        var x = ChartReduction.Pick(axis, idx);
        var traces = new List<ChartTrace>(ys.Count);
        for (var i = 0; i < ys.Count; i++)
        {
            traces.Add(new ChartTrace($"{model.Funds[i].Symbol} (β = {Beta(model.Funds[i].Beta)})", x, ChartReduction.Pick(ys[i], idx))
            {
                Color = FlowsCharts.Palette[i % FlowsCharts.Palette.Count].Real,
            });
        }

        return new ChartFigure(title, basisNote, [new ChartPane(axisTitle, 1, ".1%")], traces);
    }
}
