using SmallCapDashboard.Web.Endpoints;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>
/// The CSV of what the <c>/flows</c> charts show, at full daily resolution over the window: one row per fund and
/// stored day. Invariant culture, round-trip precision, empty cells for missing values.
/// </summary>
public static class FlowsCsv
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Date", "Fund", "NetFlow", "CumulativeFlow", "TrailingAverage30d", "Aum", "PercentOfAum", "Close", "Source", "Modelled"];

    /// <summary>The model as CSV text (header first, "\n" line ends).</summary>
    public static string Write(FlowsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return CsvTable.Write(Columns, csv =>
        {
            foreach (var f in model.Funds)
            {
                var p = 0;
                for (var i = 0; i < f.Count; i++)
                {
                    while (p < f.PriceDates.Length && f.PriceDates[p] < f.Dates[i])
                    {
                        p++;
                    }

                    csv.WriteField(CsvTable.Date(f.Dates[i]));
                    csv.WriteField(f.Symbol);
                    csv.WriteField(CsvTable.Number(f.NetFlow[i]));
                    csv.WriteField(CsvTable.Number(f.Cumulative[i]));
                    csv.WriteField(CsvTable.Number(f.TrailingAverage[i]));
                    csv.WriteField(CsvTable.Number(f.Aum[i]));
                    csv.WriteField(CsvTable.Number(f.PercentOfAum[i]));
                    csv.WriteField(p < f.PriceDates.Length && f.PriceDates[p] == f.Dates[i] ? CsvTable.Number(f.PriceCloses[p]) : "");
                    csv.WriteField(f.Source[i]);
                    csv.WriteField(f.Modelled[i] ? "true" : "false");
                    csv.EndRecord();
                }
            }
        });
    }

}
