namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Decides which imported fund-days to write next to a fund's stored ones:
/// <list type="bullet">
/// <item>a modelled stored row is replaced by the real one (same fund and day), flag cleared;</item>
/// <item>a real stored row of the same source, or any real row with Replace, is overwritten;</item>
/// <item>a real stored row of another source is kept, the file only filling values the stored row lacks
/// (as stored bars are kept on an overlap), when the two agree on shares outstanding and NAV within the
/// <see cref="OverlapRule"/>; if they disagree the file is refused unless Replace, which overwrites;</item>
/// <item>rows equal to the stored ones are not rewritten, so re-importing a file changes nothing.</item>
/// </list>
/// </summary>
internal static class FlowMergePlan
{
    public static List<StoredFlow> Plan(int instrumentId, string symbol, IReadOnlyList<FlowDay> days, IReadOnlyList<StoredFlow> stored,
        string source, bool replace, string file, List<string> warnings)
    {
        var byDate = new Dictionary<DateOnly, StoredFlow>(stored.Count);
        foreach (var s in stored)
        {
            byDate[s.Date] = s;
        }

        var pairs = new List<(DateOnly, double, double)>();
        var otherSources = new SortedSet<string>(StringComparer.Ordinal);
        var replacedModelled = 0;
        foreach (var d in days)
        {
            if (byDate.TryGetValue(d.Date, out var s) && !s.Modelled && s.Source != source)
            {
                otherSources.Add(s.Source);
                if (s.SharesOutstanding is > 0 && d.SharesOutstanding is { } shares)
                {
                    pairs.Add((d.Date, s.SharesOutstanding.Value, shares));
                }

                if (s.Nav is > 0 && d.Nav is { } nav)
                {
                    pairs.Add((d.Date, s.Nav.Value, nav));
                }
            }
        }

        pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        var verdict = OverlapRule.Judge(pairs);
        if (verdict.Disagrees && !replace)
        {
            throw new ImportException(file, null, "SharesOutstanding/Nav",
                $"{symbol} overlaps stored real flows from {string.Join(", ", otherSources)} and disagrees by more than 0.5% ({verdict.Describe()}); nothing imported, use --replace to overwrite them");
        }

        var rows = new List<StoredFlow>(days.Count);
        foreach (var d in days)
        {
            var incoming = new StoredFlow(instrumentId, d.Date, d.SharesOutstanding, d.Nav, d.NetFlow, d.Aum, source, false);
            if (!byDate.TryGetValue(d.Date, out var s))
            {
                rows.Add(incoming);
                continue;
            }

            if (s.Modelled)
            {
                replacedModelled++;
                rows.Add(incoming);
                continue;
            }

            var next = s.Source == source || replace
                ? incoming
                : new StoredFlow(instrumentId, d.Date, s.SharesOutstanding ?? d.SharesOutstanding, s.Nav ?? d.Nav,
                    s.NetFlow ?? d.NetFlow, s.Aum ?? d.Aum, s.Source, false);
            if (!Same(next, s))
            {
                rows.Add(next with { Source = next.Source == source ? source : Combine(s.Source, source) });
            }
        }

        if (replacedModelled > 0)
        {
            warnings.Add($"{file}: {symbol}: {replacedModelled} modelled day(s) replaced by real data");
        }

        if (otherSources.Count > 0)
        {
            warnings.Add($"{file}: {symbol}: overlaps real flows from {string.Join(", ", otherSources)}"
                + (replace ? "; replaced on the overlap" : "; stored values kept, missing ones filled from the file"));
        }

        return rows;
    }

    private static string Combine(string a, string b)
    {
        var s = a.Contains(b, StringComparison.Ordinal) ? a : a + " + " + b;
        return s.Length <= 200 ? s : s[..200];
    }

    private static bool Same(in StoredFlow a, in StoredFlow b) =>
        a.SharesOutstanding == b.SharesOutstanding && a.Nav == b.Nav && a.NetFlow == b.NetFlow && a.Aum == b.Aum
        && a.Source == b.Source && a.Modelled == b.Modelled;
}
