using SmallCapDashboard.Analytics.Indicators;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export indicators --symbol S</c>: the close in the chosen basis with SMA 10/50/200, EMA 20, RSI 14 (Wilder),
/// MACD 12/26/9 and Bollinger 20/2, all computed on the full stored history and then cut to the window.
/// Warm-up cells are empty. A ratio symbol such as <c>IWM:SPY</c> runs the indicators on the ratio of the closes.
/// </summary>
internal static class IndicatorsExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header =
    [
        "Date", "Close", "Sma10", "Sma50", "Sma200", "Ema20", "Rsi14", "Macd", "MacdSignal", "MacdHistogram",
        "BollingerUpper", "BollingerMiddle", "BollingerLower",
    ];

    public static async Task<int> RunAsync(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var (dates, close) = await store.ClosesAsync(symbol, request.Basis, ct);
        var sma10 = Sma.Calculate(close, 10);
        var sma50 = Sma.Calculate(close, 50);
        var sma200 = Sma.Calculate(close, 200);
        var ema20 = Ema.Calculate(close, 20);
        var rsi14 = Rsi.Calculate(close, 14);
        var macd = Macd.Calculate(close, 12, 26, 9);
        var bands = Bollinger.Calculate(close, 20, 2.0);

        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        for (var i = 0; i < dates.Length; i++)
        {
            if (!request.Window.Contains(dates[i]))
            {
                continue;
            }

            csv.Write(
                Cells.Date(dates[i]), Cells.Number(close[i]),
                Cells.Number(sma10[i]), Cells.Number(sma50[i]), Cells.Number(sma200[i]), Cells.Number(ema20[i]), Cells.Number(rsi14[i]),
                Cells.Number(macd.Line[i]), Cells.Number(macd.Signal[i]), Cells.Number(macd.Histogram[i]),
                Cells.Number(bands.Upper[i]), Cells.Number(bands.Middle[i]), Cells.Number(bands.Lower[i]));
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
