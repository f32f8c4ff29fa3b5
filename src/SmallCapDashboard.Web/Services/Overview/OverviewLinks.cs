using System.Globalization;

namespace SmallCapDashboard.Web.Services.Overview;

/// <summary>
/// The links from the overview's figures to the page and view that explain each one, in the URL contract of
/// DESIGN.md (relative ranges follow the data; dated views pin <c>from</c>/<c>to</c>).
/// </summary>
public static class OverviewLinks
{
    /// <summary>The bundled real 2026 flows of IWM, SPY, DIA and QQQ, real data only.</summary>
    public const string RealFlows2026 = "/flows?funds=IWM,SPY,DIA,QQQ&from=2026-01-02&to=2026-04-03&real=1";

    /// <summary>Small vs large year to date: the spread page's YTD view (default small and large sets).</summary>
    public const string SpreadYtd = "/spread?range=ytd";

    /// <summary>Drawdowns from the all-time high are on the spread page over the whole history.</summary>
    public const string Drawdowns = "/spread?range=max";

    /// <summary>What data is loaded.</summary>
    public const string Data = "/data";

    /// <summary>The leveraged page over the last year.</summary>
    public const string Leveraged = "/leveraged?range=1y";

    /// <summary>One fund's flows over the last month (the 30-day sum's window).</summary>
    public static string Flows(string symbol) => "/flows?funds=" + Uri.EscapeDataString(symbol) + "&range=1m";

    /// <summary>The main funds' flow comparison over the last month.</summary>
    public static string FlowsOf(IEnumerable<string> symbols) =>
        "/flows?funds=" + string.Join(",", symbols.Select(Uri.EscapeDataString)) + "&range=1m";

    /// <summary>
    /// The indicators page around a signal: the symbol with the moving averages of the cross, from three months
    /// before to three months after the signal (or to <paramref name="last"/> when that is sooner).
    /// </summary>
    public static string Indicators(string symbol, IReadOnlyList<int> movingAverages, DateOnly date, DateOnly last)
    {
        var to = date.AddMonths(3);
        if (to > last)
        {
            to = last;
        }

        return "/indicators?symbol=" + Uri.EscapeDataString(symbol)
            + "&ma=" + string.Join(",", movingAverages.Select(p => p.ToString(CultureInfo.InvariantCulture)))
            + "&from=" + Day(date.AddMonths(-3)) + "&to=" + Day(to);
    }

    /// <summary>
    /// The indicators page for one fund over the overview's window (range and pinned as-of kept), with the given
    /// simple moving averages: where the distance from an average, the RSI regime or the window's high and low show.
    /// </summary>
    public static string IndicatorsOver(string symbol, IReadOnlyList<int> movingAverages, Url.ViewWindow window)
    {
        var w = new Url.QueryWriter();
        window.Write(w);
        return "/indicators?symbol=" + Uri.EscapeDataString(symbol)
            + "&ma=" + string.Join(",", movingAverages.Select(p => p.ToString(CultureInfo.InvariantCulture))) + "&" + w;
    }

    /// <summary>The spread page over the overview's window, the fund paired with the other side's first fund.</summary>
    public static string SpreadOver(string symbol, string group, Url.ViewWindow window)
    {
        var w = new Url.QueryWriter();
        window.Write(w);
        var pair = group == "small" ? "small=" + Uri.EscapeDataString(symbol) + "&large=SPY" : "small=IWM&large=" + Uri.EscapeDataString(symbol);
        return "/spread?" + pair + "&" + w;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
