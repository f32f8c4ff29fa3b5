using SmallCapDashboard.Data.Import.Flows;
using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import;

/// <summary>
/// Reads a fund-flow file (ProShares historical NAV, or long format <c>date,ticker,flow_usd</c> /
/// <c>date,ticker,shares,price</c>; detected from the header) into fund-days. Blank values stay missing,
/// weekend rows are skipped with a warning, tickers outside the catalogue are skipped and listed unless
/// requested with <see cref="FlowReadOptions.Symbol"/>.
/// </summary>
public static class FlowFileReader
{
    public static ParsedFlows Read(string path, FlowFormat format = FlowFormat.Auto, FlowReadOptions? options = null)
    {
        options ??= new FlowReadOptions();
        using var input = CsvInput.Open(path, ImportBounds.LatestDate(options.Time ?? TimeProvider.System));
        return Read(input, format, options, SymbolFromFileName(path));
    }

    /// <summary>Reads from a stream (UTF-8 unless a byte order mark says otherwise); the stream is disposed.</summary>
    public static ParsedFlows Read(Stream stream, string fileName, FlowFormat format = FlowFormat.Auto, FlowReadOptions? options = null)
    {
        options ??= new FlowReadOptions();
        using var input = CsvInput.Open(stream, fileName, ImportBounds.LatestDate(options.Time ?? TimeProvider.System));
        return Read(input, format, options, SymbolFromFileName(fileName));
    }

    /// <summary><c>TNA-historical_nav.csv</c> → TNA; <c>IWM.eod.csv</c> → IWM (not checked: see <see cref="Analytics.Core.SymbolRules"/>).</summary>
    public static string SymbolFromFileName(string path)
    {
        var name = Path.GetFileName(path);
        var cut = name.IndexOfAny(['.', '-', '_']);
        return (cut > 0 ? name[..cut] : name).ToUpperInvariant();
    }

    private static ParsedFlows Read(CsvInput input, FlowFormat requested, FlowReadOptions options, string fileSymbol)
    {
        var detected = FormatDetector.DetectFlows(input.Header);
        if (detected is null)
        {
            var hint = FormatDetector.DetectBars(input.Header) is not null ? " (this looks like a price file: import it as bars)" : "";
            throw new ImportException(input.FileName, input.HeaderLine, null,
                $"unrecognised header {FormatDetector.Describe(input.Header)}; expected a ProShares historical NAV file or date,ticker,flow_usd or date,ticker,shares,price{hint}");
        }

        if (requested is FlowFormat.IShares or FlowFormat.ISharesHoldings or FlowFormat.Direxion)
        {
            throw new ImportException(input.FileName, input.HeaderLine, null,
                $"the header {FormatDetector.Describe(input.Header)} is not an issuer file of the {requested} format (it looks like {detected})");
        }

        if (requested != FlowFormat.Auto && requested != detected)
        {
            throw new ImportException(input.FileName, input.HeaderLine, null,
                $"the header {FormatDetector.Describe(input.Header)} is not in the {requested} format (it looks like {detected})");
        }

        var warnings = new List<string>();
        var reader = new FlowRowReader(input, options, warnings);
        List<FlowRow> rows;
        string sharesField;
        if (detected == FlowFormat.ProShares)
        {
            sharesField = "Shares Outstanding (000)";
            rows = reader.Read("Date", "Ticker", sharesField, 1000, "NAV", null, "Assets Under Management", options.Symbol ?? fileSymbol);
            Issuers.ProSharesAumCheck.Apply(rows, input.FileName, warnings);
        }
        else if (input.IndexOf("flow_usd") >= 0)
        {
            sharesField = "flow_usd";
            rows = reader.Read("date", "ticker", null, 1, null, "flow_usd", null, options.Symbol);
        }
        else
        {
            sharesField = "shares";
            rows = reader.Read("date", "ticker", "shares", 1, "price", null, null, options.Symbol);
        }

        if (rows.Count == 0 && reader.Skipped.Count == 0)
        {
            throw new ImportException(input.FileName, null, null, "no data rows after the header");
        }

        var days = FlowSeries.Build(rows, input.FileName, sharesField, warnings);
        return new ParsedFlows(input.FileName, detected.Value, days, [.. reader.Skipped], warnings);
    }
}
