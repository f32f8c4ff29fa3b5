namespace SmallCapDashboard.Data.Import;

/// <summary>Bar file formats the importer reads (see Import/README.md for the exact headers).</summary>
public enum BarFormat
{
    /// <summary>Detect the format from the header.</summary>
    Auto = 0,
    /// <summary><c>Date,Open,High,Low,Close,Adj Close,Volume</c>: Close split-adjusted, Adj Close adds dividends.</summary>
    Yahoo,
    /// <summary><c>Date,Open,High,Low,Close,Volume</c>: split-adjusted, no dividend information.</summary>
    Stooq,
    /// <summary><c>Date,Open,High,Low,Close,Adjusted_close,Volume</c>: raw traded OHLC plus a fully adjusted close.</summary>
    Eod,
    /// <summary>yfinance <c>history()</c> export: OHLC adjusted for splits and dividends, plus a Dividends column.</summary>
    YFinance,
}

/// <summary>Flow file formats the importer reads.</summary>
public enum FlowFormat
{
    /// <summary>Detect the format from the header.</summary>
    Auto = 0,
    /// <summary>ProShares historical NAV CSV (shares outstanding in thousands, NAV, AUM).</summary>
    ProShares,
    /// <summary>Long format: <c>date,ticker,flow_usd</c> or <c>date,ticker,shares,price</c>.</summary>
    Long,
    /// <summary>iShares fund download (<c>…_fund.xls</c>, SpreadsheetML 2003): Historical sheet (shares, NAV) and Holdings sheet.</summary>
    IShares,
    /// <summary>iShares "Detailed Holdings" CSV: one day's holdings and shares outstanding.</summary>
    ISharesHoldings,
    /// <summary>Direxion holdings CSV (TNA, TZA): one day's holdings and shares outstanding.</summary>
    Direxion,
}
