namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export flows --symbol S</c>: <c>Date,SharesOutstanding,Nav,NetFlow,Aum,Source,Modelled</c>, missing values
/// empty and <c>Modelled</c> true or false (modelled rows are labelled as such in every row).
/// </summary>
internal static class FlowsExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header = ["Date", "SharesOutstanding", "Nav", "NetFlow", "Aum", "Source", "Modelled"];

    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var days = await store.FundDaysAsync(symbol, ct);
        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        foreach (var d in days)
        {
            if (request.Window.Contains(d.Date))
            {
                csv.Write(
                    Cells.Date(d.Date), Cells.Number(d.SharesOutstanding), Cells.Number(d.Nav), Cells.Number(d.NetFlow),
                    Cells.Number(d.Aum), d.Source, Cells.Flag(d.Modelled));
            }
        }

        return csv.Rows;
    }
}
