using System.Globalization;
using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// The frozen link of an event (DESIGN's URL contract: <c>from</c>, <c>to</c> and <c>asof</c> pinned, so it shows the
/// same numbers later): /indicators for crosses, RSI, divergences and new highs/lows; /spread for spreads, return
/// ranks and unconfirmed highs; /flows for flows. The window ends on the event's session and starts 6 months earlier
/// (a year for slow averages of 100 sessions or more).
/// </summary>
public static class AlertLinks
{
    /// <summary>Path and query of the view that shows an event of <paramref name="condition"/> on <paramref name="date"/>.</summary>
    public static string For(string symbol, AlertCondition condition, PriceBasis basis, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(condition);
        symbol = symbol.Replace("^", "%5E", StringComparison.Ordinal);
        var from = condition.Kind is AlertRuleKind.Cross or AlertRuleKind.Golden or AlertRuleKind.Death && condition.Slow >= 100
            ? date.AddYears(-1)
            : date.AddMonths(-6);
        var window = $"from={D(from)}&to={D(date)}&asof={D(date)}" + (basis == PriceBasis.Total ? "&basis=total" : "");
        switch (condition.Kind)
        {
            case AlertRuleKind.SpreadBelow or AlertRuleKind.SpreadAbove:
                return $"/spread?small={symbol}&large={condition.Large}&{window}";
            case AlertRuleKind.ReturnRank or AlertRuleKind.HighUnconfirmed:
                return $"/spread?small={symbol}&{window}";
            case AlertRuleKind.FlowBelow or AlertRuleKind.FlowAbove:
                return $"/flows?funds={symbol}&{window}" + (condition.AllowModelled ? "" : "&real=1");
            case AlertRuleKind.Cross or AlertRuleKind.Golden or AlertRuleKind.Death:
                return $"/indicators?symbol={symbol}&ma={condition.Fast},{condition.Slow}&{window}";
            case AlertRuleKind.RsiRegime or AlertRuleKind.RsiAbove or AlertRuleKind.RsiBelow or AlertRuleKind.Divergence:
                return $"/indicators?symbol={symbol}" + (condition.RsiPeriod == 14 ? "" : $"&rsi={condition.RsiPeriod}") + $"&{window}";
            default:
                return $"/indicators?symbol={symbol}&{window}";
        }
    }

    /// <summary>The link made absolute with <paramref name="baseUrl"/> when one is configured.</summary>
    public static string Absolute(string link, string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? link : baseUrl.TrimEnd('/') + link;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
