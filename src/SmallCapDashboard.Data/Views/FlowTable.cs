using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Data.Views;

/// <summary>
/// A fund's daily flow table as every face shows it (<c>smallcap export flows</c>, <c>/flows</c> and
/// <c>/export/flows.csv</c>): net flow = the stored flow, or (shares(t) − shares(t−1)) × NAV(t) where none is stored;
/// AUM = the stored AUM, or shares × NAV. Null = not reported and not derivable.
/// </summary>
public sealed record FlowTable(double?[] NetFlow, double?[] Aum)
{
    /// <summary>The table of <paramref name="days"/>, index-aligned with its dates.</summary>
    public static FlowTable From(FundDaySeries days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var flows = FlowMath.NetFlows(days.NetFlow, days.SharesOutstanding, days.Nav);
        var derived = FlowMath.Aum(days.SharesOutstanding, days.Nav);
        var aum = new double?[days.Count];
        for (var i = 0; i < aum.Length; i++)
        {
            aum[i] = days.Aum[i] ?? derived[i];
        }

        return new FlowTable(flows, aum);
    }
}
