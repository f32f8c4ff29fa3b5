using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Flows;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>The <c>/funds</c> charts: AUM and shares outstanding of each fund over the window, real and modelled drawn apart as on /flows.</summary>
public static class FundsCharts
{
    /// <summary>AUM (shares outstanding × NAV) per fund.</summary>
    public static ChartFigure Aum(FundsModel model, int maxPoints) =>
        Lines(model, "Assets under management (shares outstanding × NAV)", "US dollars", "AUM (US$)", maxPoints, d => d.Aum) with
        {
            Coverage = Coverage(model, "AUM", f => f.StoredAum),
        };

    /// <summary>Shares outstanding per fund.</summary>
    public static ChartFigure Shares(FundsModel model, int maxPoints) =>
        Lines(model, "Shares outstanding", "fund shares", "Shares", maxPoints, d => d.SharesOutstanding) with
        {
            Coverage = Coverage(model, "shares outstanding", f => f.StoredShares),
        };

    private static ChartCoverage Coverage(FundsModel model, string what, Func<FundHoldingsView, StoredRange?> stored) =>
        ChartCoverage.Of(what, model.Window, model.Query.Window, model.Funds.Select(f => f.Symbol), model.Funds.Select(stored));

    private static ChartFigure Lines(FundsModel model, string title, string unit, string axisTitle, int maxPoints, Func<FundDaySeries, double?[]> select)
    {
        var set = new SortedSet<DateOnly>();
        foreach (var f in model.Funds)
        {
            set.UnionWith(f.Days.Dates);
        }

        DateOnly[] axis = [.. set];
        var ys = new List<double[]>();
        var meta = new List<(string Name, string Color, bool Modelled)>();
        for (var i = 0; i < model.Funds.Count; i++)
        {
            var fund = model.Funds[i];
            var (real, modelled) = FlowsCharts.Split(axis, fund.Days.Dates, select(fund.Days), fund.Days.Modelled);
            var (cr, cm) = FlowsCharts.Palette[i % FlowsCharts.Palette.Count];
            var anyReal = real.Any(double.IsFinite);
            var anyModelled = modelled.Any(double.IsFinite);
            if (anyReal || !anyModelled)
            {
                ys.Add(real);
                meta.Add((fund.Symbol, cr, false));
            }

            if (anyModelled)
            {
                ys.Add(modelled);
                meta.Add((fund.Symbol + FlowsCharts.ModelledSuffix, cm, true));
            }
        }

        var idx = ChartReduction.SelectIndices(axis.Length, ys, maxPoints);
        var x = ChartReduction.Pick(axis, idx);
        var traces = ys.Select((y, i) => new ChartTrace(meta[i].Name, x, ChartReduction.Pick(y, idx))
        {
            Color = meta[i].Color,
            Dash = meta[i].Modelled ? FlowsCharts.ModelledDash : null,
        }).ToList();
        return new ChartFigure(title, unit + "; dotted = modelled (demo model, not issuer data)", [new ChartPane(axisTitle, 1, "~s")], traces);
    }
}
