using SmallCapDashboard.Data.Views;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export flows --symbol S</c>: <c>Date,SharesOutstanding,Nav,NetFlow,Aum,Source,Modelled</c>, missing values
/// empty and <c>Modelled</c> true or false, so modelled rows stay labelled wherever the CSV goes. Net flow and AUM
/// come from Data's <see cref="FlowTable"/> (stored, else derived from shares and NAV), as on <c>/flows</c>.
/// </summary>
internal static class FlowsExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header = ["Date", "SharesOutstanding", "Nav", "NetFlow", "Aum", "Source", "Modelled"];

    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var days = await store.FundDaysAsync(symbol, ct);
        var table = FlowTable.From(days);
        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        for (var i = 0; i < days.Count; i++)
        {
            if (request.Window.Contains(days.Dates[i]))
            {
                csv.Write(
                    Cells.Date(days.Dates[i]), Cells.Number(days.SharesOutstanding[i]), Cells.Number(days.Nav[i]),
                    Cells.Number(table.NetFlow[i]), Cells.Number(table.Aum[i]), days.Source[i], Cells.Flag(days.Modelled[i]));
            }
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
