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
        var funds = model.Funds.Select(f => f.Symbol).ToList();
        var flows = Coverage(model, "net flows", funds, model.Funds.Select(f => f.StoredFlows));
        var over = new ChartFigure[model.Funds.Count];
        for (var i = 0; i < over.Length; i++)
        {
            var f = model.Funds[i];
            over[i] = FlowsCharts.OverPrice(model, i, maxPoints) with
            {
                Coverage = Coverage(model, "prices or flows", [f.Symbol], [Named(f.StoredPrices, "prices"), Named(f.StoredFlows, "flows")]) with { StoredWhat = "data" },
            };
        }

        return new FlowsFigures(
            model,
            FlowsCharts.Bars(model) with { Coverage = flows },
            FlowsCharts.Cumulative(model, maxPoints) with { Coverage = flows },
            FlowsCharts.Trailing(model, maxPoints) with { Coverage = flows },
            FlowsCharts.PercentOfAum(model, maxPoints) with { Coverage = Coverage(model, "flows as % of AUM", funds, model.Funds.Select(f => f.StoredAum)) with { StoredWhat = "AUM" } },
            FlowsCharts.Aum(model, maxPoints) with { Coverage = Coverage(model, "AUM", funds, model.Funds.Select(f => f.StoredAum)) },
            over);
    }

    private static StoredRange? Named(StoredRange? range, string what) => range is null ? null : range with { Name = range.Name + " " + what };

    /// <summary>The chart's window: the model's, from the day the URL asked for when that lies past the data (the view shows the last day there).</summary>
    private static ChartCoverage Coverage(FlowsModel model, string what, IEnumerable<string> funds, IEnumerable<StoredRange?> stored) =>
        ChartCoverage.Of(what, model.Query.Window.From is { } f && f > model.From ? f : model.From, model.To, model.Query.Window, funds, stored);
}
