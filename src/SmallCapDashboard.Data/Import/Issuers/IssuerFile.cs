namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>One holding line as read from an issuer file; "not applicable" values are null.</summary>
public sealed record HoldingLine(
    string Ticker,
    string Name,
    string Sector,
    string AssetClass,
    double? MarketValue,
    double? WeightPercent,
    double? Quantity,
    double? Price);

/// <summary>A fund's holdings on one day as an issuer file states them.</summary>
/// <param name="AsOf">The file's "holdings as of" date.</param>
/// <param name="SharesOutstanding">Shares outstanding the file states, or null.</param>
/// <param name="Lines">Holdings in file order.</param>
public sealed record HoldingsData(DateOnly AsOf, double? SharesOutstanding, IReadOnlyList<HoldingLine> Lines)
{
    /// <summary>Sum of the market values given (null ones skipped).</summary>
    public double MarketValueTotal => Lines.Sum(l => l.MarketValue ?? 0);
}

/// <summary>One row of an issuer's daily history: shares outstanding and NAV, either may be missing (<c>--</c>).</summary>
public readonly record struct HistoryRow(int Line, DateOnly Date, double? SharesOutstanding, double? Nav);

/// <summary>What an issuer file says, before it is tied to a symbol of the store.</summary>
/// <param name="File">File name.</param>
/// <param name="Format">The format read.</param>
/// <param name="FundName">The fund's name as the file gives it (empty when it gives none).</param>
/// <param name="Ticker">The ticker the file states (Direxion), or null (iShares files never name it).</param>
/// <param name="AsOf">The file's as-of date.</param>
/// <param name="History">Daily rows, ascending by date (iShares Historical sheet), or empty for one-day files.</param>
/// <param name="Holdings">The holdings snapshot, or null when the file has none.</param>
/// <param name="Warnings">One line each.</param>
public sealed record IssuerFile(
    string File,
    FlowFormat Format,
    string FundName,
    string? Ticker,
    DateOnly AsOf,
    IReadOnlyList<HistoryRow> History,
    HoldingsData? Holdings,
    IReadOnlyList<string> Warnings);
