using SmallCapDashboard.Data.Import.Bars;
using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import;

/// <summary>
/// Reads a daily-bar file (Yahoo, Stooq, EOD or yfinance; detected from the header) into canonical bars:
/// price basis plus cumulative total-return factor, ascending, one per date. Refuses bad input with an
/// <see cref="ImportException"/> naming the file, line and field.
/// </summary>
public static class BarFileReader
{
    public static ParsedBars Read(string path, BarFormat format = BarFormat.Auto)
    {
        using var input = CsvInput.Open(path);
        return Read(input, format);
    }

    /// <summary>Reads from a stream (UTF-8 unless a byte order mark says otherwise); the stream is disposed.</summary>
    public static ParsedBars Read(Stream stream, string fileName, BarFormat format = BarFormat.Auto)
    {
        using var input = CsvInput.Open(stream, fileName);
        return Read(input, format);
    }

    private static ParsedBars Read(CsvInput input, BarFormat requested)
    {
        var detected = FormatDetector.DetectBars(input.Header);
        if (detected is null)
        {
            var hint = FormatDetector.DetectFlows(input.Header) is not null ? " (this looks like a flow file: import it as flows)" : "";
            throw new ImportException(input.FileName, input.HeaderLine, null,
                $"unrecognised header {FormatDetector.Describe(input.Header)}; expected Date,Open,High,Low,Close[,Adj Close|Adjusted_close][,Volume][,Dividends,...]{hint}");
        }

        var format = requested == BarFormat.Auto ? detected.Value : requested;
        if (requested != BarFormat.Auto && !Compatible(requested, detected.Value))
        {
            throw new ImportException(input.FileName, input.HeaderLine, null,
                $"the header {FormatDetector.Describe(input.Header)} is not in the {requested} format (it looks like {detected})");
        }

        var warnings = new List<string>();
        CanonicalBar[] bars;
        string? ticker;
        switch (format)
        {
            case BarFormat.YFinance:
                bars = YFinanceBars.ToCanonical(BarRowReader.Read(input, "Dividends", false, warnings, out ticker));
                break;
            case BarFormat.Eod:
                var eodRows = BarRowReader.Read(input, "Adjusted_close", true, warnings, out ticker);
                bars = EodBars.ToCanonical(eodRows, input.FileName, warnings);
                break;
            case BarFormat.Yahoo:
                bars = YahooBars.ToCanonical(BarRowReader.Read(input, "Adj Close", true, warnings, out ticker), hasAdjustedClose: true);
                break;
            default:
                bars = YahooBars.ToCanonical(BarRowReader.Read(input, null, false, warnings, out ticker), hasAdjustedClose: false);
                break;
        }

        if (PartialBarCheck.Check(bars, input.FileName) is { } partial)
        {
            warnings.Add(partial);
        }

        return new ParsedBars(input.FileName, format, ticker, bars, warnings);
    }

    /// <summary>A Stooq reading of a richer file is allowed (it ignores the extra columns); other mismatches are not.</summary>
    private static bool Compatible(BarFormat requested, BarFormat detected) =>
        requested == detected || requested == BarFormat.Stooq;
}
