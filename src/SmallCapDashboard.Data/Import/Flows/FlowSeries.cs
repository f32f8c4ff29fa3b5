namespace SmallCapDashboard.Data.Import.Flows;

/// <summary>
/// Turns flow rows into fund-days: per symbol in date order (any file order accepted), identical duplicates
/// collapsed, differing duplicates refused; net flow = (shares(t) − shares(t−1)) × NAV(t) where the file gives
/// shares and no flow; AUM = shares × NAV where the file gives no AUM. Derived flows and AUM are held to
/// <see cref="ImportBounds"/> like reported ones, refused at the row whose shares produced them.
/// </summary>
internal static class FlowSeries
{
    /// <param name="sharesField">The column derived values come from, for the refusal message.</param>
    public static List<FlowDay> Build(List<FlowRow> rows, string file, string sharesField, List<string> warnings)
    {
        var ordered = rows.OrderBy(r => r.Symbol, StringComparer.Ordinal).ThenBy(r => r.Date).ThenBy(r => r.Line).ToList();
        if (!IsAscendingPerSymbol(rows))
        {
            warnings.Add($"{file}: rows were not in ascending date order; sorted by date");
        }

        var days = new List<FlowDay>(ordered.Count);
        FlowRow? previous = null;
        var collapsed = 0;
        foreach (var row in ordered)
        {
            var sameSymbol = previous is { } p && p.Symbol == row.Symbol;
            if (sameSymbol && previous!.Value.Date == row.Date)
            {
                if (!previous.Value.SameValues(row))
                {
                    var (first, second) = previous.Value.Line < row.Line ? (previous.Value, row) : (row, previous.Value);
                    throw new ImportException(file, second.Line, "Date",
                        $"{row.Symbol} {row.Date:yyyy-MM-dd} appears twice with different values (also on line {first.Line})");
                }

                collapsed++;
                continue;
            }

            var flow = row.ReportedFlow;
            if (flow is null && sameSymbol && row.Shares is { } s && previous!.Value.Shares is { } s0 && row.Nav is { } nav)
            {
                flow = (s - s0) * nav;
            }

            var aum = row.ReportedAum ?? (row.Shares * row.Nav);
            var problem = (flow is { } f && row.ReportedFlow is null ? ImportBounds.FlowProblem(f) : null)
                ?? (aum is { } a && row.ReportedAum is null ? ImportBounds.AumProblem(a) : null);
            if (problem is not null)
            {
                throw new ImportException(file, row.Line, sharesField, problem + " (derived from shares and NAV)");
            }

            days.Add(new FlowDay(row.Symbol, row.Date, row.Shares, row.Nav, flow, aum));
            previous = row;
        }

        if (collapsed > 0)
        {
            warnings.Add($"{file}: collapsed {collapsed} identical duplicate row(s)");
        }

        return days;
    }

    private static bool IsAscendingPerSymbol(List<FlowRow> rows)
    {
        var last = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (last.TryGetValue(r.Symbol, out var d) && r.Date < d)
            {
                return false;
            }

            last[r.Symbol] = r.Date;
        }

        return true;
    }
}
