using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>The <c>/leveraged</c> model with its charts, built once per query and point budget.</summary>
public sealed record LeveragedFigures(LeveragedModel Model, ChartFigure Drag, ChartFigure Tracking, IReadOnlyList<ChartFigure> Funds)
{
    /// <summary>The note printed on every figure: returns from the base close, and the basis.</summary>
    public static string BasisNote(PriceBasis basis) =>
        "Returns from the base close; funds and index in the " + PriceBasisText.Label(basis) + " basis";

    /// <summary>Builds every chart of the model.</summary>
    public static LeveragedFigures From(LeveragedModel model, int maxPoints)
    {
        ArgumentNullException.ThrowIfNull(model);
        var note = BasisNote(model.Query.Window.Basis);
        var funds = new ChartFigure[model.Funds.Count];
        for (var i = 0; i < funds.Length; i++)
        {
            funds[i] = LeveragedCharts.Fund(model.Funds[i], note, maxPoints);
        }

        return new LeveragedFigures(model, LeveragedCharts.Drag(model, note, maxPoints), LeveragedCharts.Tracking(model, note, maxPoints), funds);
    }
}
