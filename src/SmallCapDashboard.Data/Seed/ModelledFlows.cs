using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Seed;

/// <summary>
/// The modelled fund days the seed adds: for each bundled fund (not an index), the Analytics
/// <see cref="ModelledFlowGenerator"/> over its bundled price-basis closes, kept only on days that have no row yet.
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
            for (var i = 0; i < modelled.Count; i++)
            {
                var d = modelled[i];
                if (existing.ContainsKey((id, d.Date)))
                {
                    continue;
                }

                rows.Add(new FundDayRow(id, d.Date, d.SharesOutstanding, d.Nav, d.NetFlow, d.Aum, source, Modelled: true));
            }
        }

        return rows;
    }
}
