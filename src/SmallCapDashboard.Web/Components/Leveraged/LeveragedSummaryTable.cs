using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Web.Services.Leveraged;

namespace SmallCapDashboard.Web.Components.Leveraged;

/// <summary>
/// Per fund over the window: actual, β × index, daily-reset path, compounding drag, tracking difference and expected
/// drag, with units. One piece of markup per model, shared by every circuit that shows that model, and no component:
/// as elements its cells were about 150 render-tree frames, held twice by each open circuit.
/// </summary>
public static class LeveragedSummaryTable
{
    private static readonly ConditionalWeakTable<LeveragedModel, string> Html = new();

    /// <summary>The table of <paramref name="model"/>, built once per model (the view caches models per query and data version).</summary>
    public static MarkupString For(LeveragedModel model) => new(Html.GetValue(model, Build));

    /// <summary>A fraction as a percentage with two decimals ("—" when missing).</summary>
    public static string Pct(double v) => double.IsFinite(v) ? (v * 100).ToString("0.00", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal) + " %" : "—";

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal) : "—";

    private static string Build(LeveragedModel model)
    {
        var index = HtmlEncoder.Default.Encode(model.IndexSymbol);
        var html = new StringBuilder("<div class=\"mud-table mud-simple-table mud-table-dense mud-table-hover mud-elevation-1\" data-testid=\"leveraged-summary\"><div class=\"mud-table-container\"><table>")
            .Append($"<thead><tr><th>Fund (β)</th><th>Actual return</th><th>β × {index}</th><th>Daily-reset path</th>")
            .Append("<th>Compounding drag (return points)</th><th>Tracking difference (return points)</th>")
            .Append($"<th>{index} volatility (annualised)</th><th>Expected drag (log units)</th><th>Expected drag as return</th><th>Years</th></tr></thead><tbody>");
        foreach (var f in model.Funds)
        {
            var symbol = HtmlEncoder.Default.Encode(f.Symbol);
            html.Append($"<tr data-fund=\"{symbol}\"><td>{symbol} ({HtmlEncoder.Default.Encode(LeveragedCharts.Beta(f.Beta))})</td>")
                .Append($"<td data-q=\"actual\">{Pct(LeveragedFundView.Last(f.FundReturn))}</td>")
                .Append($"<td data-q=\"beta-index\">{Pct(LeveragedFundView.Last(f.BetaIndexReturn))}</td>")
                .Append($"<td data-q=\"path\">{Pct(LeveragedFundView.Last(f.DailyResetPath))}</td>")
                .Append($"<td data-q=\"drag\">{Pct(LeveragedFundView.Last(f.CompoundingDrag))}</td>")
                .Append($"<td data-q=\"tracking\">{Pct(LeveragedFundView.Last(f.TrackingDifference))}</td>")
                .Append($"<td data-q=\"vol\">{Pct(f.RealisedVolatility)}</td>")
                .Append($"<td data-q=\"log-drag\">{Num(f.Expected.LogDrag)}</td>")
                .Append($"<td data-q=\"drag-factor\">{Pct(f.Expected.DragFactor)}</td>")
                .Append($"<td>{Num(f.Years)}</td></tr>");
        }

        return html.Append("</tbody></table></div></div>").ToString();
    }
}
