namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>
/// Bad files an import must refuse, each with the line and field the refusal names and a word of the problem.
/// Written by hand from issue 8's findings ("wrong numbers stored with exit 0") and the rules of
/// <c>Import/README.md</c>; the clock stands at <see cref="Now"/> (Monday 2026-06-01, 11:00 in New York), so
/// the latest date accepted is 2026-06-02.
/// </summary>
public static class StrictInputCases
{
    /// <summary>"Today" for every case: Monday 2026-06-01 15:00 UTC = 11:00 EDT.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);

    private const string Yahoo = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    private const string Stooq = "Date,Open,High,Low,Close,Volume\n";
    private const string Eod = "Date,Open,High,Low,Close,Adjusted_close,Volume\n";
    private const string YFinance = "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits,Capital Gains,ticker\n";
    private const string ProShares = "Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management\n";
    private const string LongFlow = "date,ticker,flow_usd\n";
    private const string LongShares = "date,ticker,shares,price\n";

    /// <summary>A valid Yahoo row on line 2.</summary>
    private const string YahooOk = Yahoo + "2024-02-06,494.00,497.00,493.00,496.00,495.00,60000000\n";

    private const string StooqOk = Stooq + "2024-02-06,494.00,497.00,493.00,496.00,60000000\n";
    private const string EodOk = Eod + "2024-02-06,494.00,497.00,493.00,496.00,495.00,60000000\n";
    private const string YFinanceOk = YFinance + "2024-02-06 00:00:00-05:00,494.0,497.0,493.0,496.0,60000000,0.0,0.0,0.0,XYZ\n";
    private const string ProSharesOk = ProShares + "05/28/2026,ProShares Short Russell2000,RWM,16.00,16.20,-1.23,-0.20,21000,336000000\n";
    private const string LongFlowOk = LongFlow + "2026-05-28,IWM,-50000000\n";
    private const string LongSharesOk = LongShares + "2026-05-28,IWM,283800000,246.60\n";

    /// <summary>A bar row on line 3 with the given Open, High, Low, Close, Adj Close, Volume (Yahoo).</summary>
    private static string Y(string open, string high, string low, string close, string adj, string volume) =>
        YahooOk + $"2024-02-07,{open},{high},{low},{close},{adj},{volume}\n";

    /// <summary>A Yahoo file whose line 3 has the given date.</summary>
    private static string YDate(string date) => YahooOk + $"{date},496.29,498.53,495.36,497.00,497.00,70556500\n";

    /// <summary>A yfinance file whose line 3 has the given date, ticker and dividend.</summary>
    private static string F(string date = "2024-02-07 00:00:00-05:00", string ticker = "XYZ", string dividend = "0.0") =>
        YFinanceOk + $"{date},496.0,498.0,495.0,497.0,70556500,{dividend},0.0,0.0,{ticker}\n";

    /// <summary>A yfinance file whose two rows (lines 2 and 3) both carry <paramref name="ticker"/>.</summary>
    private static string FT(string ticker) =>
        YFinance + $"2024-02-06 00:00:00-05:00,494.0,497.0,493.0,496.0,60000000,0.0,0.0,0.0,{ticker}\n"
        + $"2024-02-07 00:00:00-05:00,496.0,498.0,495.0,497.0,70556500,0.0,0.0,0.0,{ticker}\n";

    private static string P(string nav = "16.10", string shares = "21200", string aum = "341320000", string ticker = "RWM", string date = "05/29/2026") =>
        ProSharesOk + $"{date},ProShares Short Russell2000,{ticker},{nav},16.00,0.63,0.10,{shares},{aum}\n";

    private static string LF(string flow, string ticker = "IWM", string date = "2026-05-29") => LongFlowOk + $"{date},{ticker},{flow}\n";

    private static string LS(string shares, string price, string ticker = "IWM", string date = "2026-05-29") => LongSharesOk + $"{date},{ticker},{shares},{price}\n";

    /// <summary>
    /// kind ("bars" or "flows"), case name (the file is <c>NAME.csv</c>; bar files are named after a symbol the
    /// store does not hold, so only the new checks can refuse them), content, --symbol (or null), line, field, problem.
    /// </summary>
    public static TheoryData<string, string, string, string?, int?, string?, string> Cases() => new()
    {
        // Columns that do not line up with the header.
        { "bars", "BADA.issue-thousands-unquoted", YahooOk + "2024-02-07,496.29,498.53,495.36,1,498,494.96,70556500\n", null, 3, "#8", "shifts the columns" },
        { "bars", "BADA.extra-field", YahooOk + "2024-02-07,496.29,498.53,495.36,497.00,497.00,70556500,7\n", null, 3, "#8", "where the header has 7" },
        { "bars", "BADA.two-extra-fields", YahooOk + "2024-02-07,496.29,498.53,495.36,497.00,497.00,70556500,7,8\n", null, 3, "#8", "9 fields" },
        { "bars", "BADA.extra-empty-field-header-has-none", YahooOk + "2024-02-07,496.29,498.53,495.36,497.00,497.00,70556500,\n", null, 3, "#8", "where the header has 7" },
        { "bars", "BADA.too-few-fields", YahooOk + "2024-02-07,496.29,498.53,495.36,497.00,497.00\n", null, 3, "Volume", "6 fields where the header has 7" },
        { "bars", "BADA.only-a-date", YahooOk + "2024-02-07\n", null, 3, "Open", "1 fields where the header has 7" },
        { "bars", "BADA.stooq-thousands-unquoted", StooqOk + "2024-02-07,1,496.29,1,498.53,1,495.36,1,497.00,70556500\n", null, 3, "#7", "shifts the columns" },
        { "bars", "BADA.stooq-too-few", StooqOk + "2024-02-07,496.29,498.53,495.36\n", null, 3, "Close", "4 fields" },
        { "bars", "BADA.eod-extra-field", EodOk + "2024-02-07,496.29,498.53,495.36,1,497,497.00,70556500\n", null, 3, "#8", "shifts the columns" },
        { "bars", "BADA.yfinance-extra-field", F(ticker: "XYZ,EXTRA"), null, 3, "#11", "shifts the columns" },
        { "bars", "BADA.duplicate-column", "Date,Open,High,Low,Close,close,Volume\n2024-02-06,494.00,497.00,493.00,496.00,495.00,60000000\n", null, 1, "close", "appears twice in the header" },
        { "flows", "duplicate-flow-column", "date,ticker,flow_usd,Flow_USD\n2026-05-28,IWM,5,6\n", null, 1, "Flow_USD", "appears twice in the header" },
        { "bars", "BADA.first-row-shifted", Yahoo + "2024-02-07,496.29,498.53,495.36,1,498,494.96,70556500\n", null, 2, "#8", "shifts the columns" },

        // Numbers that are not invariant culture: refused, never reinterpreted.
        { "bars", "BADA.issue-decimal-comma-quoted", Y("494.00", "498.53", "493.00", "\"496,29\"", "496.00", "70556500"), null, 3, "Close", "has a comma" },
        { "bars", "BADA.decimal-comma-open", Y("\"494,10\"", "498.53", "493.00", "496.29", "496.00", "70556500"), null, 3, "Open", "has a comma" },
        { "bars", "BADA.thousands-quoted-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "\"70,556,500\""), null, 3, "Volume", "has a comma" },
        { "bars", "BADA.thousands-quoted-price", Y("\"1,494.00\"", "1498.53", "1493.00", "1496.29", "1496.00", "70556500"), null, 3, "Open", "has a comma" },
        { "bars", "BADA.decimal-comma-adj-close", Y("494.00", "498.53", "493.00", "496.29", "\"496,00\"", "70556500"), null, 3, "Adj Close", "has a comma" },
        { "bars", "BADA.issue-percent-price", Y("494.00", "498.53", "493.00", "498.10%", "496.00", "70556500"), null, 3, "Close", "is a percentage" },
        { "bars", "BADA.percent-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "5%"), null, 3, "Volume", "is a percentage" },
        { "bars", "BADA.dollar-price", Y("$494.00", "498.53", "493.00", "496.29", "496.00", "70556500"), null, 3, "Open", "currency sign" },
        { "bars", "BADA.euro-price", Y("494.00", "498.53€", "493.00", "496.29", "496.00", "70556500"), null, 3, "High", "currency sign" },
        { "bars", "BADA.pound-price", Y("494.00", "498.53", "£493.00", "496.29", "496.00", "70556500"), null, 3, "Low", "currency sign" },
        { "bars", "BADA.space-thousands-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "\"70 556 500\""), null, 3, "Volume", "space inside" },
        { "bars", "BADA.nbsp-thousands-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "\"70\u00a0556\u00a0500\""), null, 3, "Volume", "space inside" },
        { "bars", "BADA.apostrophe-thousands-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "70'556'500"), null, 3, "Volume", "apostrophe" },
        { "bars", "BADA.eod-decimal-comma-close", EodOk + "2024-02-07,494.00,498.53,493.00,\"496,29\",496.00,70556500\n", null, 3, "Close", "has a comma" },
        { "bars", "BADA.stooq-percent-low", StooqOk + "2024-02-07,494.00,498.53,49.3%,496.29,70556500\n", null, 3, "Low", "is a percentage" },
        { "bars", "BADA.yfinance-dollar-open", YFinanceOk + "2024-02-07 00:00:00-05:00,$496.0,498.0,495.0,497.0,70556500,0.0,0.0,0.0,XYZ\n", null, 3, "Open", "currency sign" },
        { "flows", "long-shares-percent", LS("5%", "246.60"), null, 3, "shares", "is a percentage" },
        { "bars", "BADA.hex-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "0x1F"), null, 3, "Volume", "not a number" },
        { "bars", "BADA.two-points", Y("494.00", "498.53", "493.00", "496.2.9", "496.00", "70556500"), null, 3, "Close", "not a number" },
        { "bars", "BADA.infinity-text", Y("494.00", "Infinity", "493.00", "496.29", "496.00", "70556500"), null, 3, "High", "finite" },
        { "bars", "BADA.minus-infinity-text", Y("494.00", "498.53", "-Infinity", "496.29", "496.00", "70556500"), null, 3, "Low", "finite" },
        { "bars", "BADA.infinity-sign", Y("494.00", "∞", "493.00", "496.29", "496.00", "70556500"), null, 3, "High", "finite" },
        { "bars", "BADA.overflow-1e400", Y("1e400", "498.53", "493.00", "496.29", "496.00", "70556500"), null, 3, "Open", "finite" },
        { "bars", "BADA.exponent-without-digits", Y("494.00", "498.53", "493.00", "4.9e", "496.00", "70556500"), null, 3, "Close", "not a number" },

        // Out of the plausible bounds.
        { "bars", "BADA.issue-1e308-open", Y("1e308", "498.53", "493.00", "496.29", "496.00", "70556500"), null, 3, "Open", "not below 10000000" },
        { "bars", "BADA.1e308-every-price", Y("1e308", "1e308", "1e308", "1e308", "1e308", "70556500"), null, 3, "Open", "implausible" },
        { "bars", "BADA.price-8e28", Y("494.00", "8e28", "493.00", "496.29", "496.00", "70556500"), null, 3, "High", "not below 10000000" },
        { "bars", "BADA.price-exactly-1e7", Y("494.00", "10000000", "493.00", "496.29", "496.00", "70556500"), null, 3, "High", "not below" },
        { "bars", "BADA.price-tiny-negative", Y("494.00", "498.53", "-0.0001", "496.29", "496.00", "70556500"), null, 3, "Low", "not above zero" },
        { "bars", "BADA.issue-1e308-volume", Y("494.00", "498.53", "493.00", "496.29", "496.00", "1e308"), null, 3, "Volume", "implausible" },
        { "bars", "BADA.volume-exactly-1e13", Y("494.00", "498.53", "493.00", "496.29", "496.00", "10000000000000"), null, 3, "Volume", "not below" },
        { "bars", "BADA.volume-nan", Y("494.00", "498.53", "493.00", "496.29", "496.00", "NaN"), null, 3, "Volume", "finite" },
        { "bars", "BADA.adj-close-1e308", Y("494.00", "498.53", "493.00", "496.29", "1e308", "70556500"), null, 3, "Adj Close", "implausible" },
        { "bars", "BADA.adj-close-zero", Y("494.00", "498.53", "493.00", "496.29", "0", "70556500"), null, 3, "Adj Close", "not above zero" },
        { "bars", "BADA.eod-adjusted-close-1e308", EodOk + "2024-02-07,494.00,498.53,493.00,496.29,1e308,70556500\n", null, 3, "Adjusted_close", "implausible" },
        { "bars", "BADA.stooq-volume-1e308", StooqOk + "2024-02-07,494.00,498.53,493.00,496.29,1e308\n", null, 3, "Volume", "implausible" },
        { "bars", "BADA.yfinance-dividend-1e308", F(dividend: "1e308"), null, 3, "Dividends", "implausible" },
        { "bars", "BADA.yfinance-dividend-negative", F(dividend: "-0.5"), null, 3, "Dividends", "negative" },
        { "bars", "BADA.yfinance-dividend-decimal-comma", F(dividend: "\"0,5\""), null, 3, "Dividends", "has a comma" },
        // Undoing a 9,999,999 dividend lifts the day before to P = 496 + 9,999,999 = 10,000,495, F = 496 / P, so its
        // High 497 / F = 10,020,658 is out of bounds once adjusted (its Open 494 / F = 9,960,170 is not).
        { "bars", "BADA.yfinance-dividend-pushes-price-out", F(dividend: "9999999"), null, 2, "High", "after adjustment" },

        // Open and Close within [Low, High].
        { "bars", "BADA.open-above-high", Y("499.00", "498.53", "493.00", "496.29", "496.00", "70556500"), null, 3, "Open", "outside Low–High" },
        { "bars", "BADA.open-below-low", Y("492.00", "498.53", "493.00", "496.29", "496.00", "70556500"), null, 3, "Open", "outside Low–High" },
        { "bars", "BADA.close-above-high", Y("494.00", "498.53", "493.00", "500.00", "496.00", "70556500"), null, 3, "Close", "outside Low–High" },
        { "bars", "BADA.close-below-low", Y("494.00", "498.53", "493.00", "492.99", "496.00", "70556500"), null, 3, "Close", "outside Low–High" },
        // 1e-5 relative below Low: ten times the tolerance.
        { "bars", "BADA.open-just-beyond-tolerance", Y("99.999", "101", "100", "100.5", "100.5", "70556500"), null, 3, "Open", "outside Low–High" },
        { "bars", "BADA.stooq-close-above-high", StooqOk + "2024-02-07,494.00,498.53,493.00,600.00,70556500\n", null, 3, "Close", "outside Low–High" },
        { "bars", "BADA.eod-open-below-low", EodOk + "2024-02-07,400.00,498.53,493.00,496.29,496.00,70556500\n", null, 3, "Open", "outside Low–High" },
        { "bars", "BADA.yfinance-close-above-high", YFinanceOk + "2024-02-07 00:00:00-05:00,496.0,498.0,495.0,499.0,70556500,0.0,0.0,0.0,XYZ\n", null, 3, "Close", "outside Low–High" },

        // Dates and times.
        { "bars", "BADA.issue-year-one", YDate("0001-01-01"), null, 3, "Date", "before 1900-01-01" },
        { "bars", "BADA.before-1900", YDate("1899-12-29"), null, 3, "Date", "before 1900-01-01" },
        { "bars", "BADA.slash-date-before-1900", YDate("1850/01/02"), null, 3, "Date", "before 1900-01-01" },
        { "bars", "BADA.issue-2099", YDate("2099-06-01"), null, 3, "Date", "in the future" },
        { "bars", "BADA.day-after-next-session", YDate("2026-06-03"), null, 3, "Date", "after the next New York session, 2026-06-02" },
        { "bars", "BADA.year-9999", YDate("9999-12-31"), null, 3, "Date", "in the future" },
        { "bars", "BADA.issue-hour-25", YDate("2024-05-01T25:00:00"), null, 3, "Date", "invalid time of day" },
        { "bars", "BADA.hour-24", YDate("2024-05-01 24:00:00"), null, 3, "Date", "invalid time of day" },
        { "bars", "BADA.minute-60", YDate("2024-05-01 23:60:00"), null, 3, "Date", "invalid time of day" },
        { "bars", "BADA.second-61", YDate("2024-05-01 12:00:61"), null, 3, "Date", "invalid time of day" },
        { "bars", "BADA.time-words", YDate("2024-05-01 noon"), null, 3, "Date", "invalid time of day" },
        { "bars", "BADA.time-trailing-garbage", YDate("2024-05-01T00:00:00 x"), null, 3, "Date", "invalid time of day" },
        { "bars", "BADA.issue-offset-plus-99", YDate("2024-05-01 00:00:00+99:00"), null, 3, "Date", "invalid UTC offset" },
        { "bars", "BADA.offset-minus-15", YDate("2024-05-01 00:00:00-15:00"), null, 3, "Date", "invalid UTC offset" },
        { "bars", "BADA.offset-plus-14-30", YDate("2024-05-01 00:00:00+14:30"), null, 3, "Date", "invalid UTC offset" },
        { "bars", "BADA.offset-minutes-75", YDate("2024-05-01 00:00:00+05:75"), null, 3, "Date", "invalid UTC offset" },
        { "bars", "BADA.offset-three-digits", YDate("2024-05-01 00:00:00+5:000"), null, 3, "Date", "invalid UTC offset" },
        { "bars", "BADA.yfinance-2099", F(date: "2099-06-01 00:00:00-04:00"), null, 3, "Date", "in the future" },
        { "bars", "BADA.yfinance-offset-plus-99", F(date: "2024-02-07 00:00:00+99:00"), null, 3, "Date", "invalid UTC offset" },
        { "bars", "BADA.yfinance-hour-25", F(date: "2024-02-07 25:00:00-05:00"), null, 3, "Date", "invalid time of day" },

        // Symbols: the ticker column, --symbol, the file name.
        { "bars", "BADA.issue-ticker-path", FT("../../etc/passwd"), null, 2, "ticker", "not a usable symbol" },
        { "bars", "BADA.issue-ticker-ratio", FT("IWM:SPY"), null, 2, "ticker", "reserved for ratio symbols" },
        { "bars", "BADA.issue-ticker-script", FT("<script>alert(1)</script>"), null, 2, "ticker", "outside A-Z" },
        { "bars", "BADA.issue-ticker-unicode", FT("ÏWM日本"), null, 2, "ticker", "outside A-Z" },
        { "bars", "BADA.ticker-16-characters", FT("ABCDEFGHIJKLMNOP"), null, 2, "ticker", "longer than 15" },
        { "bars", "BADA.ticker-with-space", FT("IW M"), null, 2, "ticker", "outside A-Z" },
        { "bars", "BADA.issue-symbol-option-path", YahooOk, "../../etc/passwd", null, "symbol", "not a usable symbol" },
        { "bars", "BADA.issue-symbol-option-ratio", YahooOk, "IWM:SPY", null, "symbol", "reserved for ratio symbols" },
        { "bars", "BADA.issue-symbol-option-script", YahooOk, "<script>alert(1)</script>", null, "symbol", "outside A-Z" },
        { "bars", "BADA.issue-symbol-option-unicode", YahooOk, "ïwm日本", null, "symbol", "outside A-Z" },
        { "bars", "BADA.symbol-option-blank", YahooOk, "   ", null, "symbol", "empty" },
        { "bars", "bad name", YahooOk, null, null, "symbol", "the file name" },

        // Flows, long format: flow_usd.
        { "flows", "issue-long-flow-1e308", LF("1e308"), null, 3, "flow_usd", "implausible" },
        { "flows", "long-flow-1e13", LF("10000000000000"), null, 3, "flow_usd", "not within" },
        { "flows", "long-flow-minus-1e13", LF("-10000000000000"), null, 3, "flow_usd", "not within" },
        { "flows", "long-flow-thousands-unquoted", LF("1,000,000"), null, 3, "#4", "shifts the columns" },
        { "flows", "long-flow-thousands-quoted", LF("\"1,000,000\""), null, 3, "flow_usd", "has a comma" },
        { "flows", "long-flow-dollar", LF("$5000000"), null, 3, "flow_usd", "currency sign" },
        { "flows", "long-flow-percent", LF("5%"), null, 3, "flow_usd", "is a percentage" },
        { "flows", "long-flow-infinity", LF("Infinity"), null, 3, "flow_usd", "finite" },
        { "flows", "long-flow-too-few-fields", LongFlowOk + "2026-05-29,IWM\n", null, 3, "flow_usd", "2 fields where the header has 3" },
        { "flows", "long-flow-2099", LF("5", date: "2099-06-01"), null, 3, "date", "in the future" },
        { "flows", "long-flow-1899", LF("5", date: "1899-06-01"), null, 3, "date", "before 1900-01-01" },
        { "flows", "long-flow-hour-25", LF("5", date: "2026-05-29T25:00:00"), null, 3, "date", "invalid time of day" },
        { "flows", "issue-long-ticker-ratio", LF("5", ticker: "IWM:SPY"), null, 3, "ticker", "reserved for ratio symbols" },
        { "flows", "issue-long-ticker-path", LF("5", ticker: "../../etc/passwd"), null, 3, "ticker", "not a usable symbol" },
        { "flows", "issue-long-ticker-script", LF("5", ticker: "<script>x</script>"), null, 3, "ticker", "outside A-Z" },
        { "flows", "issue-long-ticker-unicode", LF("5", ticker: "ÏWM日本"), null, 3, "ticker", "outside A-Z" },

        // Flows, long format: shares and price.
        { "flows", "issue-long-shares-1e308", LS("1e308", "246.60"), null, 3, "shares", "implausible" },
        { "flows", "long-shares-zero", LS("0", "246.60"), null, 3, "shares", "not above zero" },
        { "flows", "long-shares-1e13", LS("10000000000000", "246.60"), null, 3, "shares", "not below" },
        { "flows", "long-shares-thousands-quoted", LS("\"283,800,000\"", "246.60"), null, 3, "shares", "has a comma" },
        { "flows", "long-price-1e308", LS("283800000", "1e308"), null, 3, "price", "implausible" },
        { "flows", "long-price-1e7", LS("283800000", "10000000"), null, 3, "price", "not below" },
        { "flows", "long-price-dollar", LS("283800000", "$246.60"), null, 3, "price", "currency sign" },
        { "flows", "long-price-decimal-comma", LS("283800000", "\"246,60\""), null, 3, "price", "has a comma" },
        // 9e12 shares × 9,000,000 = 8.1e19 of assets, each value in range on its own.
        { "flows", "long-derived-aum-too-big", LongShares + "2026-05-29,IWM,9000000000000,9000000\n", null, 2, "shares", "AUM" },
        // 1e8 → 2e9 shares at a NAV of 10,000: AUM 2e13 is in range, the flow 1.9e13 is not.
        { "flows", "long-derived-flow-too-big", LongShares + "2026-05-28,IWM,100000000,10000\n2026-05-29,IWM,2000000000,10000\n", null, 3, "shares", "flow" },

        // Flows, ProShares historical NAV.
        { "flows", "RWM-issue-proshares-shares-1e308", P(shares: "1e308"), null, 3, "Shares Outstanding (000)", "implausible" },
        { "flows", "RWM-proshares-shares-thousands", P(shares: "\"21,200\""), null, 3, "Shares Outstanding (000)", "has a comma" },
        { "flows", "RWM-proshares-shares-zero", P(shares: "0"), null, 3, "Shares Outstanding (000)", "not above zero" },
        { "flows", "RWM-proshares-nav-dollar", P(nav: "\"$16.10\""), null, 3, "NAV", "currency sign" },
        { "flows", "RWM-proshares-nav-decimal-comma", P(nav: "\"16,10\""), null, 3, "NAV", "has a comma" },
        { "flows", "RWM-proshares-nav-1e308", P(nav: "1e308"), null, 3, "NAV", "implausible" },
        { "flows", "RWM-proshares-nav-zero", P(nav: "0"), null, 3, "NAV", "not above zero" },
        { "flows", "RWM-proshares-aum-bad-grouping", P(aum: "\"$34,13,20,000\""), null, 3, "Assets Under Management", "not an amount" },
        { "flows", "RWM-proshares-aum-euro", P(aum: "\"€341,320,000.00\""), null, 3, "Assets Under Management", "not an amount" },
        { "flows", "RWM-proshares-aum-1e308", P(aum: "1e308"), null, 3, "Assets Under Management", "implausible" },
        { "flows", "RWM-proshares-aum-1e15", P(aum: "\"$1,234,567,890,123,456.00\""), null, 3, "Assets Under Management", "implausible" },
        { "flows", "RWM-proshares-aum-unquoted-money", P(aum: "$341,320,000.00"), null, 3, "#10", "shifts the columns" },
        { "flows", "RWM-proshares-ticker-ratio", P(ticker: "RWM:SPY"), null, 3, "Ticker", "reserved for ratio symbols" },
        { "flows", "RWM-proshares-ticker-script", P(ticker: "<b>RWM</b>"), null, 3, "Ticker", "outside A-Z" },
        { "flows", "RWM-proshares-date-2099", P(date: "06/01/2099"), null, 3, "Date", "in the future" },
        { "flows", "RWM-proshares-date-1899", P(date: "01/03/1899"), null, 3, "Date", "before 1900-01-01" },
        { "flows", "RWM-proshares-date-invalid", P(date: "13/45/2026"), null, 3, "Date", "not a date" },
        { "flows", "RWM-issue-symbol-option-ratio", ProSharesOk, "IWM:SPY", null, "symbol", "reserved for ratio symbols" },
        { "flows", "RWM-issue-symbol-option-path", ProSharesOk, "../../etc/passwd", null, "symbol", "not a usable symbol" },
    };
}
