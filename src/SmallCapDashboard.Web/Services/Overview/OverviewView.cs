using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Services.Flows;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Overview;

/// <summary>
/// Builds the overview (<c>/</c>) from cached series, fund days and the coverage report: small vs large YTD and the
/// IWM − SPY spread as of the last date both have, IWM's distance from its high, 30-day flows of the main funds,
/// IWM's latest crosses and RSI regime, and freshness per symbol.
/// </summary>
public sealed class OverviewView(SeriesCache series, CoverageReport coverage, DataCache cache, DataCoverageView coverageView)
{
    /// <summary>The small-cap side of the YTD comparison.</summary>
    public static IReadOnlyList<string> Small { get; } = ["IWM", "IJR"];

    /// <summary>The large-cap side.</summary>
    public static IReadOnlyList<string> Large { get; } = ["SPY", "DIA", "QQQ"];

    /// <summary>The funds whose 30-day flows are shown.</summary>
    public static IReadOnlyList<string> FlowFunds { get; } = ["IWM", "IJR", "TNA", "TZA"];

    /// <summary>The overview's own window when the URL gives none: year to date, as of the latest common date.</summary>
    public static ViewWindow DefaultWindow { get; } = ViewWindow.Default with { Range = Period.Ytd };

    /// <summary>The overview as of the latest data, year to date.</summary>
    public Task<OverviewModel> BuildAsync(CancellationToken cancellationToken = default) => BuildAsync(DefaultWindow, cancellationToken);

    /// <summary>
    /// The overview for <paramref name="window"/> (its as-of pins every figure; its range is the readouts' window),
    /// built once per data version and window; throws <see cref="ViewDataException"/> when IWM or SPY has no bars.
    /// </summary>
    public Task<OverviewModel> BuildAsync(ViewWindow window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(window);
        var w = new QueryWriter();
        window.Write(w);
        return cache.GetAsync("overview?" + w, ct => ComputeAsync(window, ct), cancellationToken);
    }

    private async Task<OverviewModel> ComputeAsync(ViewWindow window, CancellationToken cancellationToken)
    {
        var iwm = await series.BarsAsync("IWM", cancellationToken);
        var spy = await series.BarsAsync("SPY", cancellationToken);
        if (iwm is null || spy is null)
        {
            throw new ViewDataException("IWM and SPY are needed for the overview and one of them has no bars. See /data.");
        }

        var (common, _, _) = SeriesAlignment.Align(iwm.Closes(), spy.Closes());
        if (common.Length == 0)
        {
            throw new ViewDataException("IWM and SPY have no date in common.");
        }

        // As of the latest date IWM and SPY share, or the pinned date snapped to the last common session on or before it.
        var notices = new List<QueryNotice>();
        var resolved = window.Resolve(common, notices)!;
        var asOf = resolved.AsOf;
        var ytd = new List<YtdFigure>();
        var readouts = new List<FundReadout>();
        foreach (var (group, symbols) in new[] { ("small", Small), ("large", Large) })
        {
            foreach (var symbol in symbols)
            {
                var bars = await series.BarsAsync(symbol, cancellationToken);
                var last = bars is null ? null : DateSearch.IndexOnOrBefore(bars.Dates, asOf) is var i and >= 0 ? bars.Dates[i] : (DateOnly?)null;
                ytd.Add(new YtdFigure(symbol, group, bars is null ? null : OverviewFigures.YtdReturn(bars, asOf), last, last is { } l && l < asOf));
                if (bars is not null && OverviewFigures.Readout(bars, group, asOf, window) is { } readout)
                {
                    readouts.Add(readout);
                }
            }
        }

        var iwmYtd = OverviewFigures.YtdReturn(iwm, asOf);
        var spyYtd = OverviewFigures.YtdReturn(spy, asOf);
        double? spread = iwmYtd is { } a && spyYtd is { } b ? (a - b) * 100.0 : null;

        var flowFigures = new List<FlowFigure>();
        foreach (var symbol in FlowFunds)
        {
            var days = await series.FundDaysAsync(symbol, includeModelled: true, cancellationToken);
            if (days is null || days.Count == 0)
            {
                flowFigures.Add(new FlowFigure(symbol, null, false, 0, null, OverviewLinks.Flows(symbol)));
                continue;
            }

            // The 30 calendar days ending at the page's as-of (a pinned as-of pins the flows too; days after it are not
            // counted); the figure's date is the fund's last flow day inside them.
            var view = FlowViewBuilder.Build(days, null, asOf.AddDays(-29), asOf);
            var (sum, modelled, reported) = FlowViewBuilder.SumOver(view, asOf, 30);
            var lastIndex = DateSearch.IndexOnOrBefore(days.Dates, asOf);
            DateOnly? lastDay = reported > 0 && lastIndex >= 0 ? days.Dates[lastIndex] : null;
            flowFigures.Add(new FlowFigure(symbol, sum, modelled, reported, lastDay, FlowsLink(symbol, asOf)));
        }

        var signals = new List<SignalFigure>();
        var iwmLast = asOf;
        foreach (var (fast, slow) in new[] { (50, 200), (10, 50) })
        {
            if (OverviewFigures.LatestCross(iwm, fast, slow, asOf) is { } cross)
            {
                signals.Add(new SignalFigure(
                    "IWM", $"{fast}/{slow}-day moving averages", cross.Type == CrossType.Golden ? "golden cross" : "death cross",
                    cross.Date, OverviewLinks.Indicators("IWM", [fast, slow], cross.Date, iwmLast)));
            }
        }

        if (OverviewFigures.RsiRegimeOn(iwm, asOf) is { } regime)
        {
            signals.Add(new SignalFigure(
                "IWM", "RSI(14) regime", regime.Regime == RsiRegime.Upper ? "upper half (≥ 55 to enter)" : "lower half (≤ 45 to enter)",
                regime.Since, OverviewLinks.Indicators("IWM", [10, 50, 200], regime.Since, iwmLast)));
        }

        var summary = await coverage.BuildAsync(0, cancellationToken);
        var latestBar = summary.Symbols.Max(s => s.LastBar);
        var freshness = summary.Symbols
            .Select(s => new FreshnessFigure(
                s.Symbol, s.LastBar, s.LastFundDay, s.ModelledFundDays, s.RealFundDays,
                coverageView.IsStale(s.LastBar, latestBar))) // the /data rule (Dashboard:StaleAfterDays), one implementation
            .ToList();

        return new OverviewModel(asOf, ytd, spread, "IWM − SPY", OverviewFigures.FromHigh(iwm, asOf), flowFigures, signals, freshness)
        {
            Window = window,
            Readouts = readouts,
            Notices = notices,
        };
    }

    /// <summary>The flows page showing exactly the 30 days summed, those ending at <paramref name="lastDay"/> (pinned dates).</summary>
    public static string FlowsLink(string symbol, DateOnly lastDay) =>
        "/flows?funds=" + Uri.EscapeDataString(symbol) + "&from=" + lastDay.AddDays(-29).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        + "&to=" + lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
