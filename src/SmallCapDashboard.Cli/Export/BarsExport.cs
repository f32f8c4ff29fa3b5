namespace SmallCapDashboard.Cli.Export;

/// <summary><c>export bars --symbol S</c>: <c>Date,Open,High,Low,Close,Volume</c> in the chosen basis (total: OHLC × factor).</summary>
internal static class BarsExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header = ["Date", "Open", "High", "Low", "Close", "Volume"];

    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var bars = await store.BarsAsync(symbol, request.Basis, ct);
        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        for (var i = 0; i < bars.Count; i++)
        {
            if (request.Window.Contains(bars.Dates[i]))
            {
                csv.Write(
                    Cells.Date(bars.Dates[i]), Cells.Number(bars.Open[i]), Cells.Number(bars.High[i]), Cells.Number(bars.Low[i]),
                    Cells.Number(bars.Close[i]), Cells.Number(bars.Volume[i]));
            }
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
