using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Bundle;

/// <summary>
/// Merges the real long-format flow files of a manifest entry into one row per fund and day, read by the
/// importer's <see cref="FlowFileReader"/> (blank = missing, weekend rows skipped): the first file that reports a
/// value for a field wins, so a reported flow is kept over one derived from shares × price.
/// </summary>
internal static class RealFlowsBuilder
{
    public static List<BundleFlowRow> Build(string sharedDataFolder, BundleFlows flows)
    {
        var symbols = new HashSet<string>(flows.Symbols, StringComparer.OrdinalIgnoreCase);
        var merged = new SortedDictionary<(string Symbol, DateOnly Date), BundleFlowRow>();
        foreach (var file in flows.SourceFiles)
        {
            var parsed = FlowFileReader.Read(
                Path.Combine(sharedDataFolder, file), FlowFormat.Long, new FlowReadOptions(IsKnown: symbols.Contains));
            foreach (var d in parsed.Days)
            {
                var key = (d.Symbol.ToUpperInvariant(), d.Date);
                merged[key] = merged.TryGetValue(key, out var row)
                    ? row with
                    {
                        SharesOutstanding = row.SharesOutstanding ?? d.SharesOutstanding,
                        Nav = row.Nav ?? d.Nav,
                        NetFlow = row.NetFlow ?? d.NetFlow,
                        Aum = row.Aum ?? d.Aum,
                    }
                    : new BundleFlowRow(d.Date, key.Item1, d.SharesOutstanding, d.Nav, d.NetFlow, d.Aum);
            }
        }

        var rows = new List<BundleFlowRow>(merged.Count);
        foreach (var row in merged.Values)
        {
            if (row.SharesOutstanding is not null || row.Nav is not null || row.NetFlow is not null || row.Aum is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
