using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import;

/// <summary>What a file holds, for <see cref="ImportService.ImportAsync"/>.</summary>
public enum ImportKind
{
    /// <summary>Detect from the file's content (the first matching entry of <see cref="ImportKinds.All"/>).</summary>
    Auto = 0,

    /// <summary>Daily bars (Yahoo, Stooq, EOD, yfinance).</summary>
    Bars,

    /// <summary>Fund flows (ProShares historical NAV, long format).</summary>
    Flows,
}

/// <summary>Options of <see cref="ImportService.ImportAsync"/> (the browser upload; the CLI names the kind itself).</summary>
public sealed record FileImportOptions
{
    public ImportKind Kind { get; init; } = ImportKind.Auto;

    /// <summary>Symbol to store under / import only (as <c>--symbol</c>); default: from the file.</summary>
    public string? Symbol { get; init; }

    /// <summary>As <c>--replace</c>.</summary>
    public bool Replace { get; init; }

    /// <summary>The source recorded on each row; default <c>import:FORMAT:FILENAME</c>.</summary>
    public string? Source { get; init; }
}

/// <summary>The first bytes and the CSV header of a file, read once for detection.</summary>
/// <param name="Path">The file.</param>
/// <param name="Header">The header row when the file reads as CSV, else empty (a workbook, HTML, an empty file).</param>
/// <param name="Head">Up to the first 4 KB as text (UTF-8), for formats that are not CSV.</param>
public sealed record FileSniff(string Path, IReadOnlyList<string> Header, string Head);

/// <summary>One kind of file the importer reads: how to recognise it and which strict path imports it.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Matches">True when the sniffed file is of this kind.</param>
/// <param name="Import">Imports it through the kind's strict path (one transaction, an ImportRun either way).</param>
public sealed record ImportKindEntry(
    ImportKind Kind,
    Func<FileSniff, bool> Matches,
    Func<ImportService, string, FileImportOptions, CancellationToken, Task<ImportResult>> Import);

/// <summary>
/// Every kind of file the importer reads, in detection order: the ONE place a new kind is added (an
/// <see cref="ImportKind"/> value and an entry here: its detector and the call into its strict import path). The
/// browser upload and any other caller of <see cref="ImportService.ImportAsync"/> pick it up from here.
/// </summary>
public static class ImportKinds
{
    public static readonly IReadOnlyList<ImportKindEntry> All =
    [
        // Flow files, and issuer files (iShares workbook and holdings CSV, Direxion holdings), which go down the flows
        // path; a file the issuer detector refuses (an HTML page saved as .xls, a binary workbook) goes there too, to be
        // refused with its reason.
        new(ImportKind.Flows, s => IsIssuerFile(s.Path) || FormatDetector.DetectFlows(s.Header) is not null, (service, path, o, ct) =>
            service.ImportFlowsAsync(path, new FlowImportOptions { Symbol = o.Symbol, Replace = o.Replace, Source = o.Source }, ct)),
        new(ImportKind.Bars, s => FormatDetector.DetectBars(s.Header) is not null, (service, path, o, ct) =>
            service.ImportBarsAsync(path, new BarImportOptions { Symbol = o.Symbol, Replace = o.Replace, Source = o.Source }, ct)),
    ];

    /// <summary>The entry for a file: the kind asked for, else the first that matches; null when none does.</summary>
    public static ImportKindEntry? Find(string path, ImportKind kind)
    {
        if (kind != ImportKind.Auto)
        {
            return All.FirstOrDefault(e => e.Kind == kind);
        }

        var sniff = Sniff(path);
        return All.FirstOrDefault(e => e.Matches(sniff));
    }

    /// <summary>Reads the first 4 KB and, when the file reads as CSV, its header.</summary>
    private static bool IsIssuerFile(string path)
    {
        try
        {
            return File.Exists(path) && Issuers.IssuerFiles.Detect(path) is not null;
        }
        catch (ImportException)
        {
            return true;
        }
    }

    public static FileSniff Sniff(string path)
    {
        var head = "";
        IReadOnlyList<string> header = [];
        if (File.Exists(path))
        {
            using (var stream = File.OpenRead(path))
            {
                var buffer = new byte[4096];
                var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                head = System.Text.Encoding.UTF8.GetString(buffer, 0, n);
            }

            try
            {
                using var csv = CsvInput.Open(path, ImportBounds.LatestDate(TimeProvider.System));
                header = csv.Header;
            }
            catch (ImportException)
            {
                // Not CSV (HTML, empty, a workbook): left to the kinds that read other shapes, else refused by the bars path.
            }
        }

        return new FileSniff(path, header, head);
    }
}

public sealed partial class ImportService
{
    /// <summary>
    /// Imports any file the importer reads: detects its kind (<see cref="ImportKinds"/>, from the content, never the
    /// name) and runs that kind's strict path — the same as <c>smallcap import bars|flows</c>. A file no kind
    /// recognises goes to the bar path, whose refusal names what the header lacks (and says when it looks like a flow
    /// file, HTML or empty). Never throws for a bad file: the result says Refused with a one-line error.
    /// </summary>
    public Task<ImportResult> ImportAsync(string path, FileImportOptions? options = null, CancellationToken ct = default)
    {
        options ??= new FileImportOptions();
        var entry = ImportKinds.Find(path, options.Kind) ?? ImportKinds.All.First(e => e.Kind == ImportKind.Bars);
        return entry.Import(this, path, options, ct);
    }
}
