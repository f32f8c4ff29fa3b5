using SmallCapDashboard.Data.Import.Bars;
using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import;

/// <summary>
/// Reads a daily-bar file (Yahoo, Stooq, EOD or yfinance; detected from the header) into canonical bars:
/// price basis plus cumulative total-return factor, ascending, one per date. Refuses bad input with an
/// <see cref="ImportException"/> naming the file, line and field; every value stored is within
/// <see cref="ImportBounds"/>.
/// </summary>
public static class BarFileReader
{
    public static ParsedBars Read(string path, BarFormat format = BarFormat.Auto, BarReadOptions? options = null)
    {
        options ??= new BarReadOptions();
        using var input = CsvInput.Open(path, ImportBounds.LatestDate(options.Time ?? TimeProvider.System));
        return Read(input, format, options);
    }

    /// <summary>Reads from a stream (UTF-8 unless a byte order mark says otherwise); the stream is disposed.</summary>
    public static ParsedBars Read(Stream stream, string fileName, BarFormat format = BarFormat.Auto, BarReadOptions? options = null)
    {
        options ??= new BarReadOptions();
        using var input = CsvInput.Open(stream, fileName, ImportBounds.LatestDate(options.Time ?? TimeProvider.System));
        return Read(input, format, options);
    }

    private static ParsedBars Read(CsvInput input, BarFormat requested, BarReadOptions options)
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
        var (extra, extraIsPrice) = format switch
        {
            BarFormat.YFinance => ("Dividends", false),
            BarFormat.Eod => ("Adjusted_close", true),
            BarFormat.Yahoo => ("Adj Close", true),
            _ => ((string?)null, false),
        };
        var rows = BarRowReader.Read(input, extra, extraIsPrice, options.Through, warnings, out var ticker);
        var bars = format switch
        {
            BarFormat.YFinance => YFinanceBars.ToCanonical(rows),
            BarFormat.Eod => EodBars.ToCanonical(rows, input.FileName, warnings),
            BarFormat.Yahoo => YahooBars.ToCanonical(rows, hasAdjustedClose: true),
            _ => YahooBars.ToCanonical(rows, hasAdjustedClose: false),
        };
        CheckCanonical(bars, rows, input.FileName);

        if (PartialBarCheck.Check(bars, input.FileName) is { } partial)
        {
            warnings.Add(partial);
        }

        return new ParsedBars(input.FileName, format, ticker, bars, warnings);
    }

    /// <summary>
    /// The values after conversion (dividends undone, splits applied) are checked again: a file whose adjustments
    /// push a price, volume or factor out of range is refused at the row it came from.
    /// </summary>
    private static void CheckCanonical(CanonicalBar[] bars, List<RawBar> rows, string file)
    {
        for (var i = 0; i < bars.Length; i++)
        {
            var b = bars[i];
            var line = rows[i].Line;
            Check(file, line, "Open", ImportBounds.PriceProblem(b.Open, "adjusted Open"));
            Check(file, line, "High", ImportBounds.PriceProblem(b.High, "adjusted High"));
            Check(file, line, "Low", ImportBounds.PriceProblem(b.Low, "adjusted Low"));
            Check(file, line, "Close", ImportBounds.PriceProblem(b.Close, "adjusted Close"));
            Check(file, line, "Volume", ImportBounds.VolumeProblem(b.Volume));
            var factor = b.TotalReturnFactor;
            Check(file, line, null, double.IsFinite(factor) && factor > 0 && factor < ImportBounds.MaxPrice ? null
                : $"total-return factor {ImportBounds.Show(factor)} is out of range (the adjustment columns disagree with the prices)");
        }
    }

    private static void Check(string file, int line, string? field, string? problem)
    {
        if (problem is not null)
        {
            throw new ImportException(file, line, field, problem + " after adjustment");
        }
    }

    /// <summary>A Stooq reading of a richer file is allowed (it ignores the extra columns); other mismatches are not.</summary>
    private static bool Compatible(BarFormat requested, BarFormat detected) =>
        requested == detected || requested == BarFormat.Stooq;
}
