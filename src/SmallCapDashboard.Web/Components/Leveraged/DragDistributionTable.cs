using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Services.Leveraged;

namespace SmallCapDashboard.Web.Components.Leveraged;

/// <summary>
/// Distribution of compounding drag over every holding window of 1W, 1M, 3M and 1Y, per fund. One piece of markup per
/// model, shared by every circuit that shows that model, and no component: as elements, its rows (ten cells for each
/// fund and holding) were about a thousand render-tree frames, held twice by each open circuit.
/// </summary>
public static class DragDistributionTable
{
    private static readonly ConditionalWeakTable<LeveragedModel, string> Html = new();

    /// <summary>The table of <paramref name="model"/>, built once per model (the view caches models per query and data version).</summary>
    public static MarkupString For(LeveragedModel model) => new(Html.GetValue(model, Build));

    private static string Build(LeveragedModel model)
    {
        var html = new StringBuilder("<div class=\"mud-table mud-simple-table mud-table-dense mud-table-hover mud-elevation-1\" data-testid=\"drag-distribution\">")
            .Append("<div class=\"mud-table-container\"><table><thead><tr><th>Fund</th><th>Holding</th><th>Windows</th><th>5th pct</th><th>25th pct</th>")
            .Append("<th>Median</th><th>75th pct</th><th>95th pct</th><th>Worst</th><th>Mean</th></tr></thead><tbody>");
        foreach (var f in model.Funds)
        {
            var symbol = HtmlEncoder.Default.Encode(f.Symbol);
            foreach (var d in f.Distributions)
            {
                var holding = Label(d.Holding);
                html.Append($"<tr data-fund=\"{symbol}\" data-holding=\"{holding}\"><td>{symbol} ({HtmlEncoder.Default.Encode(LeveragedCharts.Beta(f.Beta))})</td>")
                    .Append($"<td>{holding}</td><td>{d.Count.ToString(CultureInfo.InvariantCulture)}</td>");
                foreach (var v in new[] { d.P5, d.P25, d.Median, d.P75, d.P95, d.Min, d.Mean })
                {
                    html.Append("<td>").Append(HtmlEncoder.Default.Encode(LeveragedSummaryTable.Pct(v))).Append("</td>");
                }

                html.Append("</tr>");
            }
        }

        return html.Append("</tbody></table></div></div>").ToString();
    }

    private static string Label(Period p) => p switch
    {
        Period.W1 => "1W",
        Period.M1 => "1M",
        Period.M3 => "3M",
        Period.Y1 => "1Y",
        _ => p.ToString(),
    };
}
