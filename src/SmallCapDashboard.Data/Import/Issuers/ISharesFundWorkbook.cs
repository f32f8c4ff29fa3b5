namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Reads the iShares "fund" download (<c>…_fund.xls</c>, SpreadsheetML 2003, not well-formed): the sheets are
/// found tolerantly by <see cref="SpreadsheetMl"/>, the values are checked strictly here.
/// <list type="bullet">
/// <item><c>Historical</c> (required): header <c>As Of | NAV per Share | Ex-Dividends | Shares Outstanding</c>, one
/// row per session, newest first; dates <c>Mon DD, YYYY</c>; plain numbers; <c>--</c> = not reported (kept missing).</item>
/// <item><c>Holdings</c> (optional): preamble (download date, the fund's name, <c>Fund Holdings as of</c>,
/// <c>Shares Outstanding</c> with thousands separators), an empty row, then <c>Ticker, Name, Sector, Asset Class,
/// Market Value, Weight (%), …, Quantity, Price, …</c>.</item>
/// </list>
/// A bad value is refused naming the sheet, the row and the column.
/// </summary>
internal static class ISharesFundWorkbook
{
    public static IssuerFile Read(string text, string file)
    {
        var book = SpreadsheetMl.Scan(text);
        var warnings = new List<string>();
        var historical = book.Sheet("Historical") ?? throw new ImportException(file, null, null,
            $"no 'Historical' worksheet (sheets: {(book.Sheets.Count == 0 ? "none" : string.Join(", ", book.Sheets.Select(s => s.Name)))}); not an iShares fund download");
        var history = ReadHistorical(book, historical, file, warnings);

        HoldingsData? holdings = null;
        var fundName = "";
        if (book.Sheet("Holdings") is { } sheet)
        {
            (fundName, holdings) = ReadHoldings(book, sheet, file);
        }
        else
        {
            warnings.Add($"{file}: no 'Holdings' worksheet; no holdings snapshot stored");
        }

        var asOf = holdings?.AsOf ?? (history.Count > 0 ? history[^1].Date : throw new ImportException(file, null, null,
            "sheet 'Historical' has no data rows and there is no 'Holdings' sheet"));
        return new IssuerFile(file, FlowFormat.IShares, fundName, null, asOf, history, holdings, warnings);
    }

    private static List<HistoryRow> ReadHistorical(SpreadsheetMl book, Worksheet sheet, string file, List<string> warnings)
    {
        var headerIndex = -1;
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            if (sheet.Rows[i].Filled > 0)
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            throw new ImportException(file, null, null, "sheet 'Historical' is empty");
        }

        var header = sheet.Rows[headerIndex];
        var cDate = Column(book, sheet, header, file, "As Of");
        var cNav = Column(book, sheet, header, file, "NAV per Share");
        var cShares = Column(book, sheet, header, file, "Shares Outstanding");
        var cDividend = OptionalColumn(header, "Ex-Dividends");

        var rows = new List<HistoryRow>(Math.Max(16, sheet.Rows.Count));
        var seen = new Dictionary<DateOnly, int>();
        var weekend = 0;
        var descending = true;
        DateOnly? last = null;
        for (var i = headerIndex + 1; i < sheet.Rows.Count; i++)
        {
            var row = sheet.Rows[i];
            if (row.Filled == 0)
            {
                continue;
            }

            var line = book.LineOf(row.Offset);
            var dateText = row[cDate];
            if (!IssuerValues.TryIsharesDate(dateText, out var date))
            {
                throw Bad(file, line, sheet, row, "As Of", $"'{IssuerValues.Show(dateText)}' is not a date like 'Dec 31, 2024'");
            }

            if (seen.TryGetValue(date, out var other))
            {
                throw Bad(file, line, sheet, row, "As Of", $"{date:yyyy-MM-dd} appears twice (also row {other})");
            }

            seen[date] = row.Number;
            var nav = Number(file, line, sheet, row, cNav, "NAV per Share");
            if (nav is <= 0)
            {
                throw Bad(file, line, sheet, row, "NAV per Share", $"NAV {nav} is not above zero");
            }

            var shares = Number(file, line, sheet, row, cShares, "Shares Outstanding");
            if (shares is < 0)
            {
                throw Bad(file, line, sheet, row, "Shares Outstanding", $"shares outstanding {shares} is negative");
            }

            if (cDividend > 0 && Number(file, line, sheet, row, cDividend, "Ex-Dividends") is < 0)
            {
                throw Bad(file, line, sheet, row, "Ex-Dividends", "a dividend is negative");
            }

            if (last is { } l && date > l)
            {
                descending = false;
            }

            last = date;
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                weekend++;
                continue;
            }

            rows.Add(new HistoryRow(line, date, shares, nav));
        }

        if (!descending)
        {
            warnings.Add($"{file}: sheet 'Historical' was not newest first; sorted by date");
        }

        if (weekend > 0)
        {
            warnings.Add($"{file}: sheet 'Historical': skipped {weekend} row(s) dated on a weekend");
        }

        var missing = rows.Count(r => r.SharesOutstanding is null);
        if (missing > 0)
        {
            warnings.Add($"{file}: sheet 'Historical': {missing} day(s) without shares outstanding ('--'); their flow and the next day's stay missing");
        }

        rows.Sort((a, b) => a.Date.CompareTo(b.Date));
        return rows;
    }

    private static (string FundName, HoldingsData Holdings) ReadHoldings(SpreadsheetMl book, Worksheet sheet, string file)
    {
        var fundName = "";
        DateOnly? asOf = null;
        double? shares = null;
        var headerIndex = -1;
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var row = sheet.Rows[i];
            var first = row.Cells.Count > 0 ? row.Cells[0].Text : "";
            if (string.Equals(first, "Ticker", StringComparison.OrdinalIgnoreCase))
            {
                headerIndex = i;
                break;
            }

            var line = book.LineOf(row.Offset);
            if (row.Filled == 1 && fundName.Length == 0 && !LooksLikeDate(first))
            {
                fundName = first;
            }
            else if (first.Equals("Fund Holdings as of", StringComparison.OrdinalIgnoreCase))
            {
                var value = row[row.Cells[0].Column + 1];
                asOf = IssuerValues.TryIsharesDate(value, out var d)
                    ? d
                    : throw Bad(file, line, sheet, row, "Fund Holdings as of", $"'{IssuerValues.Show(value)}' is not a date like 'Dec 31, 2024'");
            }
            else if (first.Equals("Shares Outstanding", StringComparison.OrdinalIgnoreCase))
            {
                var value = row[row.Cells[0].Column + 1];
                shares = IssuerValues.IsNotReported(value) ? null
                    : IssuerValues.TryGrouped(value, out var s) && s >= 0 ? s
                    : throw Bad(file, line, sheet, row, "Shares Outstanding", $"'{IssuerValues.Show(value)}' is not a number like 124,400,000.00");
            }
        }

        if (headerIndex < 0)
        {
            throw new ImportException(file, null, null, "sheet 'Holdings' has no header row starting with 'Ticker'");
        }

        if (asOf is null)
        {
            throw new ImportException(file, null, "Fund Holdings as of", "sheet 'Holdings' has no 'Fund Holdings as of' date in its preamble");
        }

        var header = sheet.Rows[headerIndex];
        var cTicker = Column(book, sheet, header, file, "Ticker");
        var cName = Column(book, sheet, header, file, "Name");
        var cSector = OptionalColumn(header, "Sector");
        var cClass = OptionalColumn(header, "Asset Class");
        var cValue = Column(book, sheet, header, file, "Market Value");
        var cWeight = Column(book, sheet, header, file, "Weight (%)");
        var cQuantity = OptionalColumn(header, "Quantity") is var q and > 0 ? q : OptionalColumn(header, "Shares");
        var cPrice = OptionalColumn(header, "Price");

        var lines = new List<HoldingLine>(Math.Max(16, sheet.Rows.Count - headerIndex));
        for (var i = headerIndex + 1; i < sheet.Rows.Count; i++)
        {
            var row = sheet.Rows[i];
            if (row.Filled == 0)
            {
                continue;
            }

            if (row.Filled < 3)
            {
                break; // text after the table (a note or disclaimer)
            }

            var line = book.LineOf(row.Offset);
            var weight = Number(file, line, sheet, row, cWeight, "Weight (%)");
            var quantity = cQuantity > 0 ? Number(file, line, sheet, row, cQuantity, header[cQuantity]) : null;
            var price = cPrice > 0 ? Number(file, line, sheet, row, cPrice, "Price") : null;
            lines.Add(new HoldingLine(
                row[cTicker], row[cName], cSector > 0 ? row[cSector] : "", cClass > 0 ? row[cClass] : "",
                Number(file, line, sheet, row, cValue, "Market Value"), weight, quantity, price));
        }

        return (fundName, new HoldingsData(asOf.Value, shares, lines));
    }

    private static bool LooksLikeDate(string s) =>
        DateOnly.TryParseExact(s, ["dd-MMM-yyyy", "d-MMM-yyyy"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out _) || IssuerValues.TryIsharesDate(s, out _);

    /// <summary>A cell's number: Number cells plain, String cells plain or with thousands separators; <c>--</c> = null.</summary>
    private static double? Number(string file, int line, Worksheet sheet, SheetRow row, int column, string field)
    {
        var cell = row.Cell(column);
        if (cell is null || IssuerValues.IsNotReported(cell.Value.Text))
        {
            return null;
        }

        var text = cell.Value.Text;
        var ok = string.Equals(cell.Value.Type, "Number", StringComparison.OrdinalIgnoreCase)
            ? IssuerValues.TryPlain(text, out var value)
            : IssuerValues.TryGrouped(text, out value);
        return ok ? value : throw Bad(file, line, sheet, row, field, $"'{IssuerValues.Show(text)}' is not a number");
    }

    private static int Column(SpreadsheetMl book, Worksheet sheet, SheetRow header, string file, string name)
    {
        var c = OptionalColumn(header, name);
        return c > 0 ? c : throw new ImportException(file, book.LineOf(header.Offset), name,
            $"sheet '{sheet.Name}', row {header.Number}: no '{name}' column in the header ({string.Join(", ", header.Cells.Select(x => x.Text).Where(t => t.Length > 0))})");
    }

    private static int OptionalColumn(SheetRow header, string name)
    {
        foreach (var c in header.Cells)
        {
            if (string.Equals(c.Text.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return c.Column;
            }
        }

        return 0;
    }

    private static ImportException Bad(string file, int line, Worksheet sheet, SheetRow row, string field, string problem) =>
        new(file, line, field, $"sheet '{sheet.Name}', row {row.Number}: {problem}");
}
