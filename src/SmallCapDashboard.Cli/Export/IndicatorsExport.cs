using SmallCapDashboard.Analytics.Indicators;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export indicators --symbol S</c>: Analytics' <see cref="IndicatorTable"/> (the close in the chosen basis with
/// SMA 10/50/200, EMA 20, RSI 14, MACD 12/26/9 and Bollinger 20/2, the columns <c>/export/indicators.csv</c> writes),
/// computed on the full stored history and then cut to the window. Warm-up cells are empty. A ratio symbol such as
/// <c>IWM:SPY</c> runs the indicators on the ratio of the closes.
/// </summary>
internal static class IndicatorsExport
{
    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var (dates, close) = await store.ClosesAsync(symbol, request.Basis, ct);
        var columns = IndicatorTable.Compute(close);
        await using var csv = CsvOutput.Open(request.Out, stdout, IndicatorTable.Header);
        var cells = new string[columns.Count + 1];
        for (var i = 0; i < dates.Length; i++)
        {
            if (!request.Window.Contains(dates[i]))
            {
                continue;
            }

            cells[0] = Cells.Date(dates[i]);
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c + 1] = Cells.Number(columns[c].Values[i]);
            }

            csv.Write(cells);
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
