namespace SmallCapDashboard.Data.Import;

/// <summary>
/// One fund-day read from a flow file. Missing values stay null (never zero). Net flow in US dollars:
/// as reported, or (shares(t) − shares(t−1)) × NAV(t) when the file gives shares and NAV.
/// </summary>
public readonly record struct FlowDay(
    string Symbol,
    DateOnly Date,
    double? SharesOutstanding,
    double? Nav,
    double? NetFlow,
    double? Aum);

/// <summary>Which rows of a multi-fund flow file to keep.</summary>
/// <param name="Symbol">When set, only this ticker is read, whether or not it is in the catalogue.</param>
/// <param name="IsKnown">The catalogue: tickers it does not know are skipped and listed. Null keeps every ticker.</param>
/// <param name="Time">The clock that says what "today" is (dates after the next New York session are refused); default the system clock.</param>
public sealed record FlowReadOptions(string? Symbol = null, Func<string, bool>? IsKnown = null, TimeProvider? Time = null);

/// <summary>The outcome of reading a flow file.</summary>
/// <param name="File">File name (without folders).</param>
/// <param name="Format">The format read.</param>
/// <param name="Days">Fund-days, ordered by symbol then date, one per (symbol, date).</param>
/// <param name="SkippedTickers">Tickers in the file that were not read (outside the catalogue, or not the requested symbol).</param>
/// <param name="Warnings">Skipped weekend rows and other things the user should know, one line each.</param>
public sealed record ParsedFlows(
    string File,
    FlowFormat Format,
    IReadOnlyList<FlowDay> Days,
    IReadOnlyList<string> SkippedTickers,
    IReadOnlyList<string> Warnings);
