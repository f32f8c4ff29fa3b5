namespace SmallCapDashboard.Web.Url;

/// <summary>Price pane drawing style.</summary>
public enum PriceStyle
{
    Line,
    Candles,
}

/// <summary>Bar frequency of the price pane.</summary>
public enum BarFrequency
{
    Daily,
    Weekly,
    Monthly,
}

/// <summary>
/// The <c>/indicators</c> view: <c>symbol</c> (or a ratio <c>A:B</c>), <c>ma</c> periods, <c>rsi</c> period,
/// <c>macd=fast,slow,signal</c>, <c>bb=period</c>, <c>style=line|candles</c>, <c>log=true</c>,
/// <c>freq=daily|weekly|monthly</c>.
/// </summary>
public sealed record IndicatorsQuery(
    ViewWindow Window,
    string Symbol,
    IReadOnlyList<int> MovingAverages,
    int RsiPeriod,
    int MacdFast,
    int MacdSlow,
    int MacdSignal,
    int BollingerPeriod,
    PriceStyle Style,
    bool Log,
    BarFrequency Frequency)
{
    /// <summary>Exponential moving averages overlaid beside the simple ones (<c>ema=20,50</c>; none by default).</summary>
    public IReadOnlyList<int> ExponentialAverages { get; init; } = [];

    /// <summary>Default symbol.</summary>
    public const string DefaultSymbol = "IWM";

    /// <summary>Default moving averages.</summary>
    public static IReadOnlyList<int> DefaultMovingAverages { get; } = [10, 50, 200];

    /// <summary>True when the symbol is a ratio such as <c>IWM:SPY</c>.</summary>
    public bool IsRatio => Symbol.Contains(':', StringComparison.Ordinal);

    /// <summary>Parses a URI; bad values become notices on <paramref name="notices"/>.</summary>
    public static IndicatorsQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices)
    {
        var reader = QueryReader.FromUri(uri);
        var window = ViewWindow.Read(reader);
        var symbol = reader.Symbols("symbol", [DefaultSymbol], 1, allowRatio: true)[0];
        var ma = reader.IntList("ma", DefaultMovingAverages, 2, 400, 5);
        var ema = reader.IntList("ema", [], 2, 400, 5);
        var rsi = reader.Int("rsi", 14, 2, 100);
        var macd = reader.IntList("macd", [12, 26, 9], 1, 200, 3, distinct: false);
        if (macd.Count != 3 || macd[0] >= macd[1])
        {
            reader.Add("macd", "needs fast,slow,signal with fast < slow; using 12,26,9.");
            macd = [12, 26, 9];
        }

        var bb = reader.Int("bb", 20, 2, 200);
        var style = reader.Choice("style", "line", "line", "candles") == "candles" ? PriceStyle.Candles : PriceStyle.Line;
        var log = reader.Flag("log", false);
        var freq = reader.Choice("freq", "daily", "daily", "weekly", "monthly") switch
        {
            "weekly" => BarFrequency.Weekly,
            "monthly" => BarFrequency.Monthly,
            _ => BarFrequency.Daily,
        };
        reader.ReportUnknown();
        notices = reader.Notices;
        return new IndicatorsQuery(window, symbol, ma, rsi, macd[0], macd[1], macd[2], bb, style, log, freq) { ExponentialAverages = ema };
    }

    /// <summary>The query string of this view.</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        Window.Write(w);
        w.Set("symbol", Symbol).Set("ma", MovingAverages);
        if (ExponentialAverages.Count > 0)
        {
            w.Set("ema", ExponentialAverages);
        }
        if (RsiPeriod != 14)
        {
            w.Set("rsi", RsiPeriod);
        }

        if (MacdFast != 12 || MacdSlow != 26 || MacdSignal != 9)
        {
            w.Set("macd", new[] { MacdFast, MacdSlow, MacdSignal });
        }

        if (BollingerPeriod != 20)
        {
            w.Set("bb", BollingerPeriod);
        }

        if (Style == PriceStyle.Candles)
        {
            w.Set("style", "candles");
        }

        if (Log)
        {
            w.Set("log", "true");
        }

        if (Frequency != BarFrequency.Daily)
        {
            w.Set("freq", Frequency == BarFrequency.Weekly ? "weekly" : "monthly");
        }

        return w.ToString();
    }
}
