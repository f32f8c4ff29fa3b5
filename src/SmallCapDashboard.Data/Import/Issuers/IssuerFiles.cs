namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Recognises the issuer files from their content (never from the file name or how they were fetched) and
/// reads them: the iShares fund workbook, the iShares holdings CSV, the Direxion holdings CSV. Anything else
/// is left to the flow CSV reader (ProShares historical NAV, long format).
/// </summary>
public static class IssuerFiles
{
    private const int HeadChars = 4096;

    /// <summary>
    /// The issuer format of the file at <paramref name="path"/>, or null when it is none of them (and
    /// <paramref name="requested"/> does not ask for one). Refuses an HTML page or a binary Excel file served as
    /// an iShares workbook, and a file that does not match a requested issuer format.
    /// </summary>
    public static FlowFormat? Detect(string path, FlowFormat requested = FlowFormat.Auto)
    {
        var file = Path.GetFileName(path);
        var head = Head(path, out var bytes);
        return Detect(file, head, bytes, requested);
    }

    /// <summary>The issuer format of a downloaded or uploaded file's <paramref name="content"/>, as <see cref="Detect(string, FlowFormat)"/>.</summary>
    public static FlowFormat? Detect(string file, byte[] content, FlowFormat requested = FlowFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = content.Length <= HeadChars ? content : content[..HeadChars];
        return Detect(file, System.Text.Encoding.UTF8.GetString(bytes), bytes, requested);
    }

    /// <summary>Reads an issuer file of the given (detected) format.</summary>
    public static IssuerFile Read(string path, FlowFormat format)
    {
        var file = Path.GetFileName(path);
        var text = File.ReadAllText(path);
        return Read(file, text, format);
    }

    /// <summary>Reads an issuer file's text (downloaded or uploaded) of the given (detected) format.</summary>
    public static IssuerFile Read(string file, string text, FlowFormat format) => format switch
    {
        FlowFormat.IShares => ISharesFundWorkbook.Read(text, file),
        FlowFormat.ISharesHoldings => ISharesHoldingsCsv.Read(IssuerCsv.FromText(file, text)),
        FlowFormat.Direxion => DirexionHoldingsCsv.Read(IssuerCsv.FromText(file, text)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an issuer format"),
    };

    internal static FlowFormat? Detect(string file, string head, byte[] bytes, FlowFormat requested)
    {
        var issuerRequested = requested is FlowFormat.IShares or FlowFormat.ISharesHoldings or FlowFormat.Direxion;
        if (requested is FlowFormat.ProShares or FlowFormat.Long)
        {
            return null;
        }

        var ext = Path.GetExtension(file).ToLowerInvariant();
        var excelName = ext is ".xls" or ".xlsx" or ".xml";
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            throw new ImportException(file, null, null,
                "a binary Excel (.xls) workbook, perhaps re-saved from Excel; the iShares fund download is SpreadsheetML XML: import the file as downloaded");
        }

        if (bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
        {
            throw new ImportException(file, null, null, "an .xlsx (zip) workbook; this importer reads the iShares SpreadsheetML download and CSV files");
        }

        var trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (SpreadsheetMl.Looks(trimmed))
        {
            return Expect(FlowFormat.IShares, requested, file);
        }

        if (LooksHtml(trimmed))
        {
            if (excelName || issuerRequested)
            {
                throw new ImportException(file, 1, null,
                    "this is an HTML page (a login, consent or error page answered instead of the file), not an iShares fund workbook; download it again from the fund's page");
            }

            return null; // the CSV reader refuses it as "HTML, not CSV"
        }

        var lines = trimmed.Split('\n').Take(40).Select(l => l.TrimEnd('\r')).ToList();
        if (ISharesHoldingsCsv.Looks(lines))
        {
            return Expect(FlowFormat.ISharesHoldings, requested, file);
        }

        if (DirexionHoldingsCsv.Looks(lines))
        {
            return Expect(FlowFormat.Direxion, requested, file);
        }

        if (issuerRequested)
        {
            throw new ImportException(file, null, null, requested switch
            {
                FlowFormat.IShares => "not an iShares fund workbook (no SpreadsheetML <ss:Workbook> in the first bytes)",
                FlowFormat.ISharesHoldings => "not an iShares holdings CSV (no 'Fund Holdings as of' line and 'Ticker,Name,…' header)",
                _ => "not a Direxion holdings CSV (no 'Shares Outstanding:' line and 'TradeDate,AccountTicker,StockTicker,…' header)",
            });
        }

        if (excelName)
        {
            throw new ImportException(file, 1, null, "not an iShares fund workbook (no SpreadsheetML <ss:Workbook> in the first bytes) and not a CSV this importer reads");
        }

        return null;
    }

    private static FlowFormat Expect(FlowFormat found, FlowFormat requested, string file) =>
        requested == FlowFormat.Auto || requested == found
            ? found
            : throw new ImportException(file, null, null, $"the file is not in the {requested} format (it looks like {found})");

    private static bool LooksHtml(string head) =>
        head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
        || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || (head.StartsWith('<') && head.Contains("<html", StringComparison.OrdinalIgnoreCase))
        || (head.StartsWith('<') && head.Contains("<body", StringComparison.OrdinalIgnoreCase));

    private static string Head(string path, out byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[HeadChars];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        bytes = buffer[..n];
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
