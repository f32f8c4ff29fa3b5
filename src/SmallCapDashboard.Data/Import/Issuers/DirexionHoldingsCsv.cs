namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Reads a Direxion holdings CSV (<c>…/holdings/TNA.csv</c>, the current day only): the fund's name, its ticker,
/// <c>Shares Outstanding:N</c> (or <c>Shares Outstanding: 1,234,567</c>), blank lines, then
/// <c>TradeDate,AccountTicker,StockTicker,SecurityDescription,Shares,Price,MarketValue,Cusip,HoldingsPercent</c>.
/// Every row carries the same trade date (the file's as-of); a second date is refused.
/// </summary>
internal static class DirexionHoldingsCsv
{
    private const string HeaderStart = "TradeDate,AccountTicker,StockTicker";

    public static bool Looks(IReadOnlyList<string> head) =>
        head.Any(l => l.Replace("\"", "", StringComparison.Ordinal).StartsWith(HeaderStart, StringComparison.OrdinalIgnoreCase))
        && head.Any(l => l.Replace("\"", "", StringComparison.Ordinal).TrimStart().StartsWith("Shares Outstanding", StringComparison.OrdinalIgnoreCase));

    public static IssuerFile Read(IssuerCsv csv)
    {
        var file = csv.File;
        var preamble = new List<(int Index, string Text)>();
        var headerIndex = -1;
        for (var i = 0; i < csv.Lines.Count && i < 40; i++)
        {
            if (IssuerCsv.IsBlank(csv.Lines[i]))
            {
                continue;
            }

            var joined = string.Join(",", csv.Fields(i));
            if (joined.StartsWith(HeaderStart, StringComparison.OrdinalIgnoreCase))
            {
                headerIndex = i;
                break;
            }

            preamble.Add((i, joined.TrimEnd(',').Trim()));
        }

        if (headerIndex < 0)
        {
            throw new ImportException(file, null, "TradeDate", $"no header line starting with '{HeaderStart}' in the first 40 lines; not a Direxion holdings CSV");
        }

        double? shares = null;
        var sharesFound = false;
        string? ticker = null;
        var fundName = "";
        foreach (var (index, text) in preamble)
        {
            if (text.StartsWith("Shares Outstanding", StringComparison.OrdinalIgnoreCase))
            {
                var colon = text.IndexOf(':');
                var value = (colon >= 0 ? text[(colon + 1)..] : text["Shares Outstanding".Length..]).Trim().Trim(',').Trim();
                shares = IssuerValues.TryGrouped(value, out var s) && s >= 0
                    ? s
                    : throw new ImportException(file, index + 1, "Shares Outstanding", $"'{IssuerValues.Show(value)}' is not a number of shares");
                sharesFound = true;
            }
            else if (fundName.Length == 0)
            {
                fundName = text;
            }
            else if (ticker is null)
            {
                ticker = text.ToUpperInvariant();
            }
        }

        if (!sharesFound)
        {
            throw new ImportException(file, null, "Shares Outstanding", "no 'Shares Outstanding:' line before the header");
        }

        var header = csv.Fields(headerIndex);
        int Need(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) is var c and >= 0 ? c
            : throw new ImportException(file, headerIndex + 1, name, $"no '{name}' column in the header ({string.Join(",", header)})");
        var cDate = Need("TradeDate");
        var cAccount = Need("AccountTicker");
        var cStock = Need("StockTicker");
        var cName = Need("SecurityDescription");
        var cShares = Need("Shares");
        var cPrice = Need("Price");
        var cValue = Need("MarketValue");
        var cWeight = Need("HoldingsPercent");

        DateOnly? asOf = null;
        var firstDateLine = 0;
        var lines = new List<HoldingLine>(256);
        for (var i = headerIndex + 1; i < csv.Lines.Count; i++)
        {
            if (IssuerCsv.IsBlank(csv.Lines[i]))
            {
                continue;
            }

            var f = csv.Fields(i);
            if (f.Count < header.Count)
            {
                throw new ImportException(file, i + 1, null, $"{f.Count} fields where the header has {header.Count}");
            }

            if (!IssuerValues.TryDirexionDate(f[cDate], out var date))
            {
                throw new ImportException(file, i + 1, "TradeDate", $"'{IssuerValues.Show(f[cDate])}' is not a date like 04/10/2026");
            }

            if (asOf is null)
            {
                asOf = date;
                firstDateLine = i + 1;
            }
            else if (asOf != date)
            {
                throw new ImportException(file, i + 1, "TradeDate",
                    $"{date:yyyy-MM-dd} differs from {asOf:yyyy-MM-dd} on line {firstDateLine}: a Direxion holdings file is one day");
            }

            var account = f[cAccount].ToUpperInvariant();
            if (ticker is null)
            {
                ticker = account;
            }
            else if (account.Length > 0 && account != ticker)
            {
                throw new ImportException(file, i + 1, "AccountTicker", $"'{account}' is not the file's fund {ticker}");
            }

            double? N(int c, string field) =>
                IssuerValues.IsNotReported(f[c]) ? null
                : IssuerValues.TryGrouped(f[c], out var v) ? v
                : throw new ImportException(file, i + 1, field, $"'{IssuerValues.Show(f[c])}' is not a number");

            lines.Add(new HoldingLine(f[cStock], f[cName], "", "", N(cValue, "MarketValue"), N(cWeight, "HoldingsPercent"),
                N(cShares, "Shares"), N(cPrice, "Price")));
        }

        if (asOf is null)
        {
            throw new ImportException(file, headerIndex + 2, null, "no holdings after the header");
        }

        if (string.IsNullOrWhiteSpace(ticker) || ticker.Any(char.IsWhiteSpace) || ticker.Length > 32)
        {
            throw new ImportException(file, null, "AccountTicker", $"no usable fund ticker in the file ('{ticker}'); pass --symbol");
        }

        return new IssuerFile(file, FlowFormat.Direxion, fundName, ticker, asOf.Value, [],
            new HoldingsData(asOf.Value, shares, lines), []);
    }
}
