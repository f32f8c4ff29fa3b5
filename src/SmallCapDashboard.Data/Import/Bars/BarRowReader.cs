using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>
/// Reads the rows of a bar file into <see cref="RawBar"/>s: validates each price (present, strict invariant,
/// within <see cref="ImportBounds"/>), High not below Low, Open and Close within [Low, High] (1e-6 relative
/// tolerance), volume in range, the ticker a valid symbol; skips rows where every value is missing (<c>null</c>
/// holiday rows of Yahoo exports) with a warning, and rows after <paramref name="through"/> unread (only their date
/// is parsed); then sorts ascending and collapses identical duplicate dates.
/// </summary>
internal static class BarRowReader
{
    /// <param name="extraColumn">Adjusted close or dividend column name, or null.</param>
    /// <param name="extraIsPrice">True when the extra column is a price (must be above zero).</param>
    /// <param name="through">Rows dated after it are skipped without reading their values (the bundle's cut), or null.</param>
    public static List<RawBar> Read(CsvInput input, string? extraColumn, bool extraIsPrice, DateOnly? through, List<string> warnings, out string? ticker)
    {
        var iDate = Require(input, "Date");
        var iOpen = Require(input, "Open");
        var iHigh = Require(input, "High");
        var iLow = Require(input, "Low");
        var iClose = Require(input, "Close");
        var iVolume = input.IndexOf("Volume");
        var iExtra = extraColumn is null ? -1 : Require(input, extraColumn);
        var iTicker = input.IndexOf("ticker");
        ticker = null;

        var rows = new List<RawBar>(8192);
        var nullRows = 0;
        var firstNullLine = 0;
        while (input.Read())
        {
            var date = Fields.Date(input, iDate, "Date");
            if (date > through)
            {
                continue;
            }

            if (AllMissing(input, iOpen, iHigh, iLow, iClose))
            {
                nullRows++;
                firstNullLine = firstNullLine == 0 ? input.Line : firstNullLine;
                continue;
            }

            var open = Fields.Price(input, iOpen, "Open");
            var high = Fields.Price(input, iHigh, "High");
            var low = Fields.Price(input, iLow, "Low");
            var close = Fields.Price(input, iClose, "Close");
            if (high < low)
            {
                throw input.Error("High", $"High {ImportBounds.Show(high)} is below Low {ImportBounds.Show(low)}");
            }

            OutsideRange(input, "Open", open, low, high);
            OutsideRange(input, "Close", close, low, high);
            var volume = Fields.OptionalVolume(input, iVolume, "Volume") ?? 0;
            var extra = iExtra < 0 ? 0
                : extraIsPrice ? Fields.Price(input, iExtra, extraColumn!)
                : Fields.OptionalDividend(input, iExtra, extraColumn!) ?? 0;
            if (iTicker >= 0)
            {
                var t = Fields.Symbol(input, iTicker, input.Header[iTicker]);
                if (ticker is null)
                {
                    ticker = t.Length == 0 ? null : t;
                }
                else if (t.Length > 0 && t != ticker)
                {
                    throw input.Error("ticker", $"the file mixes tickers ({ticker} and {t}); import one symbol per file");
                }
            }

            rows.Add(new RawBar(input.Line, date, open, high, low, close, volume, extra));
        }

        if (nullRows > 0)
        {
            warnings.Add($"{input.FileName}: skipped {nullRows} row(s) with no prices ('null' or blank), first on line {firstNullLine}");
        }

        if (rows.Count == 0)
        {
            throw new ImportException(input.FileName, null, null, "no data rows after the header");
        }

        return SortAndCollapse(rows, input.FileName, warnings);
    }

    private static List<RawBar> SortAndCollapse(List<RawBar> rows, string file, List<string> warnings)
    {
        var ascending = true;
        var descending = true;
        for (var i = 1; i < rows.Count && (ascending || descending); i++)
        {
            var c = rows[i].Date.CompareTo(rows[i - 1].Date);
            ascending &= c >= 0;
            descending &= c <= 0;
        }

        if (!ascending)
        {
            if (descending)
            {
                rows.Reverse();
            }
            else
            {
                // Stable: equal dates keep file order, so the duplicate report names the later line.
                var sorted = rows.OrderBy(r => r.Date).ThenBy(r => r.Line).ToList();
                rows.Clear();
                rows.AddRange(sorted);
            }

            warnings.Add($"{file}: rows were not in ascending date order ({(descending ? "newest first" : "mixed")}); sorted by date");
        }

        var result = new List<RawBar>(rows.Count);
        var collapsed = 0;
        foreach (var row in rows)
        {
            if (result.Count > 0 && result[^1].Date == row.Date)
            {
                var kept = result[^1];
                if (!kept.SameValues(row))
                {
                    var (first, second) = kept.Line < row.Line ? (kept, row) : (row, kept);
                    throw new ImportException(file, second.Line, "Date",
                        $"{row.Date:yyyy-MM-dd} appears twice with different values (also on line {first.Line})");
                }

                collapsed++;
                continue;
            }

            result.Add(row);
        }

        if (collapsed > 0)
        {
            warnings.Add($"{file}: collapsed {collapsed} identical duplicate row(s)");
        }

        return result;
    }

    private static void OutsideRange(CsvInput input, string field, double value, double low, double high)
    {
        if (!ImportBounds.WithinRange(value, low, high))
        {
            throw input.Error(field,
                $"{field} {ImportBounds.Show(value)} is outside Low–High [{ImportBounds.Show(low)}, {ImportBounds.Show(high)}] (tolerance 1e-6 relative)");
        }
    }

    private static bool AllMissing(CsvInput input, int a, int b, int c, int d) =>
        input.IsMissing(a) && input.IsMissing(b) && input.IsMissing(c) && input.IsMissing(d);

    private static int Require(CsvInput input, string column)
    {
        var i = input.IndexOf(column);
        return i >= 0
            ? i
            : throw new ImportException(input.FileName, input.HeaderLine, column,
                $"missing column '{column}' in header {FormatDetector.Describe(input.Header)}");
    }
}
