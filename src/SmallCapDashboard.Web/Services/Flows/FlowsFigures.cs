using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>The <c>/flows</c> model with its charts, built once per query and point budget and shared by every view of it.</summary>
public sealed record FlowsFigures(
    FlowsModel Model,
    ChartFigure Bars,
    ChartFigure Cumulative,
    ChartFigure Trailing,
    ChartFigure PercentOfAum,
    ChartFigure Aum,
    IReadOnlyList<ChartFigure> OverPrice)
{
    /// <summary>Builds every chart of the model.</summary>
    public static FlowsFigures From(FlowsModel model, int maxPoints)
    {
        ArgumentNullException.ThrowIfNull(model);
        var over = new ChartFigure[model.Funds.Count];
        for (var i = 0; i < over.Length; i++)
        {
            over[i] = FlowsCharts.OverPrice(model, i, maxPoints);
        }

        return new FlowsFigures(
            model,
            FlowsCharts.Bars(model),
            FlowsCharts.Cumulative(model, maxPoints),
            FlowsCharts.Trailing(model, maxPoints),
            FlowsCharts.PercentOfAum(model, maxPoints),
            FlowsCharts.Aum(model, maxPoints),
            over);
    }
}
