namespace SmallCapDashboard.Data.Import.Parsing;

/// <summary>Recognises a file's format from its header row (never from how it was fetched).</summary>
internal static class FormatDetector
{
    public static BarFormat? DetectBars(IReadOnlyList<string> header)
    {
        bool Has(string name) => Contains(header, name);
        if (!(Has("Date") && Has("Open") && Has("High") && Has("Low") && Has("Close")))
        {
            return null;
        }

        if (Has("Dividends"))
        {
            return BarFormat.YFinance;
        }

        if (Has("Adjusted_close"))
        {
            return BarFormat.Eod;
        }

        if (Has("Adj Close"))
        {
            return BarFormat.Yahoo;
        }

        return BarFormat.Stooq;
    }

    public static FlowFormat? DetectFlows(IReadOnlyList<string> header)
    {
        if (Contains(header, "Shares Outstanding (000)") && Contains(header, "NAV") && Contains(header, "Date"))
        {
            return FlowFormat.ProShares;
        }

        if (Contains(header, "date") && Contains(header, "ticker")
            && (Contains(header, "flow_usd") || (Contains(header, "shares") && Contains(header, "price"))))
        {
            return FlowFormat.Long;
        }

        return null;
    }

    public static string Describe(IReadOnlyList<string> header) =>
        header.Count == 0 ? "(no columns)" : string.Join(",", header.Take(12).Select(Fields.Show));

    private static bool Contains(IReadOnlyList<string> header, string name)
    {
        foreach (var h in header)
        {
            if (string.Equals(h, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
