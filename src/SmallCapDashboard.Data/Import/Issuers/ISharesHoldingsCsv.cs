namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Reads the iShares "Detailed Holdings" CSV (<c>…fileType=csv&amp;fileName=IWM_holdings&amp;dataType=fund</c>):
/// a byte order mark; preamble lines (the fund's name, <c>Fund Holdings as of,"Apr 10, 2026"</c>,
/// <c>Inception Date</c>, <c>Shares Outstanding,"280,200,000.00"</c>, asset-mix lines such as <c>Stock,"-"</c>);
/// a blank line or a lone non-breaking space; the header <c>Ticker,Name,Sector,Asset Class,Market Value,Weight (%),
/// …,Quantity</c> (older files: <c>Shares</c>) <c>,Price,…</c>; rows whose numbers are quoted WITH thousands
/// separators (<c>"860,855,470.00"</c> — here that is the format, and only here); then disclaimer lines after
/// a blank line. One file = the holdings and shares outstanding of one day.
/// </summary>
internal static class ISharesHoldingsCsv
{
    /// <summary>True when the first lines look like this format (an <c>Fund Holdings as of</c> line and a <c>Ticker,Name</c> header).</summary>
    public static bool Looks(IReadOnlyList<string> head) =>
        head.Any(l => l.StartsWith("Fund Holdings as of", StringComparison.OrdinalIgnoreCase))
        && head.Any(l => l.StartsWith("Ticker,Name", StringComparison.OrdinalIgnoreCase));

    public static IssuerFile Read(IssuerCsv csv)
    {
        var file = csv.File;
        var fundName = "";
        DateOnly? asOf = null;
        double? shares = null;
        var headerIndex = -1;
        for (var i = 0; i < csv.Lines.Count && i < 40; i++)
        {
            if (IssuerCsv.IsBlank(csv.Lines[i]))
            {
                continue;
            }

            var f = csv.Fields(i);
            var key = f[0];
            if (key.Equals("Ticker", StringComparison.OrdinalIgnoreCase))
            {
                headerIndex = i;
                break;
            }

            var value = f.Count > 1 ? f[1] : "";
            if (fundName.Length == 0 && f.Count(x => x.Length > 0) == 1 && i < 3)
            {
                fundName = key;
            }
            else if (key.Equals("Fund Holdings as of", StringComparison.OrdinalIgnoreCase))
            {
                asOf = IssuerValues.TryIsharesDate(value, out var d)
                    ? d
                    : throw new ImportException(file, i + 1, "Fund Holdings as of", $"'{IssuerValues.Show(value)}' is not a date like 'Apr 10, 2026'");
            }
            else if (key.Equals("Shares Outstanding", StringComparison.OrdinalIgnoreCase))
            {
                shares = IssuerValues.IsNotReported(value) ? null
                    : IssuerValues.TryGrouped(value, out var s) && s >= 0 ? s
                    : throw new ImportException(file, i + 1, "Shares Outstanding", $"'{IssuerValues.Show(value)}' is not a number like \"280,200,000.00\"");
            }
        }

        if (headerIndex < 0)
        {
            throw new ImportException(file, null, "Ticker", "no header line starting with 'Ticker' in the first 40 lines; not an iShares holdings CSV");
        }

        if (asOf is null)
        {
            throw new ImportException(file, null, "Fund Holdings as of", "no 'Fund Holdings as of' line before the header");
        }

        var header = csv.Fields(headerIndex);
        int Col(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        int Need(string name) => Col(name) is var c and >= 0 ? c
            : throw new ImportException(file, headerIndex + 1, name, $"no '{name}' column in the header ({string.Join(",", header)})");
        var cTicker = Need("Ticker");
        var cName = Need("Name");
        var cSector = Col("Sector");
        var cClass = Col("Asset Class");
        var cValue = Need("Market Value");
        var cWeight = Need("Weight (%)");
        var cQuantity = Col("Quantity") is var q and >= 0 ? q : Col("Shares");
        if (cQuantity < 0)
        {
            throw new ImportException(file, headerIndex + 1, "Quantity", $"no 'Quantity' (or older 'Shares') column in the header ({string.Join(",", header)})");
        }

        var cPrice = Col("Price");
        var lines = new List<HoldingLine>(2048);
        var i2 = headerIndex + 1;
        for (; i2 < csv.Lines.Count; i2++)
        {
            if (IssuerCsv.IsBlank(csv.Lines[i2]))
            {
                break; // the disclaimer tail follows a blank line
            }

            var f = csv.Fields(i2);
            if (f.Count < header.Count / 2)
            {
                break; // a disclaimer line straight after the table
            }

            double? N(int c, string field)
            {
                if (c < 0 || c >= f.Count || IssuerValues.IsNotReported(f[c]))
                {
                    return null;
                }

                return IssuerValues.TryGrouped(f[c], out var v)
                    ? v
                    : throw new ImportException(file, i2 + 1, field, $"'{IssuerValues.Show(f[c])}' is not a number like \"860,855,470.00\"");
            }

            string S(int c) => c >= 0 && c < f.Count ? f[c] : "";
            lines.Add(new HoldingLine(S(cTicker), S(cName), S(cSector), S(cClass), N(cValue, "Market Value"), N(cWeight, "Weight (%)"),
                N(cQuantity, header[cQuantity]), N(cPrice, "Price")));
        }

        if (lines.Count == 0)
        {
            throw new ImportException(file, headerIndex + 2, null, "no holdings after the header");
        }

        var warnings = new List<string>();
        if (shares is null)
        {
            warnings.Add($"{file}: no 'Shares Outstanding' in the preamble; holdings stored, no fund day");
        }

        return new IssuerFile(file, FlowFormat.ISharesHoldings, fundName, null, asOf.Value, [],
            new HoldingsData(asOf.Value, shares, lines), warnings);
    }
}
