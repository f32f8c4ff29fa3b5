using SmallCapDashboard.Analytics.PriceBases;

namespace SmallCapDashboard.Cli.Export;

/// <summary><c>export bars --symbol S</c>: <c>Date,Open,High,Low,Close,Volume</c> in the chosen basis (total: OHLC × factor).</summary>
internal static class BarsExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header = ["Date", "Open", "High", "Low", "Close", "Volume"];

    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var stored = await store.BarsAsync(symbol, ct);
        var bars = PriceBases.Select(request.Basis, stored.Bars, stored.Factors);
        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        foreach (var b in bars)
        {
            if (request.Window.Contains(b.Date))
            {
                csv.Write(Cells.Date(b.Date), Cells.Number(b.Open), Cells.Number(b.High), Cells.Number(b.Low), Cells.Number(b.Close), Cells.Number(b.Volume));
            }
        }

        return csv.Rows;
    }
}
