namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// The indicator table of DESIGN.md, written by <c>smallcap export indicators</c> and <c>/export/indicators.csv</c>
/// alike: the close with SMA 10/50/200, EMA 20, RSI 14 (Wilder), MACD 12/26/9 and Bollinger 20/2, computed on the full
/// history (callers cut to their window afterwards). Warm-up values are NaN.
/// </summary>
public static class IndicatorTable
{
    /// <summary>The exact header, <c>Date</c> first (a public contract).</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Date", "Close", "Sma10", "Sma50", "Sma200", "Ema20", "Rsi14", "Macd", "MacdSignal", "MacdHistogram",
        "BollingerUpper", "BollingerMiddle", "BollingerLower",
    ];

    /// <summary>The columns after <c>Date</c>, in <see cref="Header"/> order, each aligned with <paramref name="close"/>.</summary>
    /// <param name="close">Closes over the full history.</param>
    /// <returns>(name, values) per column.</returns>
    public static IReadOnlyList<(string Name, double[] Values)> Compute(double[] close)
    {
        ArgumentNullException.ThrowIfNull(close);
        var macd = Macd.Calculate(close, 12, 26, 9);
        var bands = Bollinger.Calculate(close, 20, 2.0);
        return
        [
            ("Close", close),
            ("Sma10", Sma.Calculate(close, 10)),
            ("Sma50", Sma.Calculate(close, 50)),
            ("Sma200", Sma.Calculate(close, 200)),
            ("Ema20", Ema.Calculate(close, 20)),
            ("Rsi14", Rsi.Calculate(close, 14)),
            ("Macd", macd.Line),
            ("MacdSignal", macd.Signal),
            ("MacdHistogram", macd.Histogram),
            ("BollingerUpper", bands.Upper),
            ("BollingerMiddle", bands.Middle),
            ("BollingerLower", bands.Lower),
        ];
    }
}
