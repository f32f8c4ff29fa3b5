namespace SmallCapDashboard.Data.Import;

/// <summary>The outcome of reading a bar file: canonical bars in ascending date order plus warnings.</summary>
/// <param name="File">File name (without folders).</param>
/// <param name="Format">The format read (detected or requested).</param>
/// <param name="Symbol">The symbol the file names (yfinance <c>ticker</c> column), or null when the file does not say.</param>
/// <param name="Bars">Canonical bars, ascending, one per date.</param>
/// <param name="Warnings">Things the user should know (partial last bar, skipped rows, re-ordered file), one line each.</param>
public sealed record ParsedBars(
    string File,
    BarFormat Format,
    string? Symbol,
    IReadOnlyList<CanonicalBar> Bars,
    IReadOnlyList<string> Warnings);
