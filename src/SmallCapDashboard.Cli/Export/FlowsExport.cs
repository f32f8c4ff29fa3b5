namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export flows --symbol S</c>: <c>Date,SharesOutstanding,Nav,NetFlow,Aum,Source,Modelled</c>, missing values
/// empty and <c>Modelled</c> true or false, so modelled rows stay labelled wherever the CSV goes.
/// </summary>
internal static class FlowsExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header = ["Date", "SharesOutstanding", "Nav", "NetFlow", "Aum", "Source", "Modelled"];

    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var days = await store.FundDaysAsync(symbol, ct);
        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        for (var i = 0; i < days.Count; i++)
        {
            if (request.Window.Contains(days.Dates[i]))
            {
                csv.Write(
                    Cells.Date(days.Dates[i]), Cells.Number(days.SharesOutstanding[i]), Cells.Number(days.Nav[i]),
                    Cells.Number(days.NetFlow[i]), Cells.Number(days.Aum[i]), days.Source[i], Cells.Flag(days.Modelled[i]));
            }
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
