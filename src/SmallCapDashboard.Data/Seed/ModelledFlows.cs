using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Seed;

/// <summary>
/// The modelled fund days the seed adds: for each bundled fund (not an index), the Analytics
/// <see cref="ModelledFlowGenerator"/> over its bundled price-basis closes, kept only on days that have no row yet.
/// Where the bundle has a real size for the fund (<c>flows/model_anchors.csv</c>: AUM and NAV on 2025-12-26), the
/// whole modelled path is scaled so that the modelled shares outstanding on the fund's last bundled session equal the
/// real shares (AUM ÷ NAV) of the anchor day: the modelled AUM then meets the real one where the real 2026 flows
/// begin (no jump in "% of AUM" at the seam). The model's flows are proportional to AUM (flow = f × AUM, the mean
/// reversion works on ln(AUM ratio)), so scaling changes no flow fraction: it is the same model with a real size.
/// </summary>
internal static class ModelledFlows
{
    public static List<FundDayRow> RowsToAdd(
        LoadedBundle bundle, Dictionary<string, int> ids, Dictionary<(int, DateOnly), bool> existing, int seed, string source)
    {
        var rows = new List<FundDayRow>(65536);
        var options = new ModelledFlowOptions { Seed = (ulong)seed };
        foreach (var m in bundle.Manifest.Instruments)
        {
            if (m.Kind == InstrumentKind.Index)
            {
                continue;
            }

            var bars = bundle.Bars[m.Symbol];
            var dates = new DateOnly[bars.Count];
            var closes = new double[bars.Count];
            for (var i = 0; i < bars.Count; i++)
            {
                dates[i] = bars[i].Date;
                closes[i] = bars[i].Close;
            }

            var id = ids[m.Symbol];
            var modelled = ModelledFlowGenerator.Generate(m.Symbol, dates, closes, options);
            var scale = Scale(bundle, m.Symbol, modelled);
            for (var i = 0; i < modelled.Count; i++)
            {
                var d = modelled[i];
                if (existing.ContainsKey((id, d.Date)))
                {
                    continue;
                }

                rows.Add(new FundDayRow(id, d.Date, d.SharesOutstanding * scale, d.Nav, d.NetFlow * scale, d.Aum * scale, source, Modelled: true));
            }
        }

        return rows;
    }

    /// <summary>
    /// Real shares on the anchor day ÷ modelled shares on the last modelled session on or before it; 1 without an anchor
    /// (or when the fund's history ends long before it, more than 10 days).
    /// </summary>
    internal static double Scale(LoadedBundle bundle, string symbol, IReadOnlyList<ModelledFlowDay> modelled)
    {
        if (!bundle.Anchors.TryGetValue(symbol, out var anchor) || anchor.SharesOutstanding is not > 0 || modelled.Count == 0)
        {
            return 1.0;
        }

        var i = modelled.Count - 1;
        while (i > 0 && modelled[i].Date > anchor.Date)
        {
            i--;
        }

        var at = modelled[i];
        return at.Date <= anchor.Date && anchor.Date.DayNumber - at.Date.DayNumber <= 10 && at.SharesOutstanding > 0
            ? anchor.SharesOutstanding.Value / at.SharesOutstanding
            : 1.0;
    }
}
