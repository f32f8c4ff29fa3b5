using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>
/// Builds the <c>/flows</c> view from the store's fund days and price series, both through the one
/// <see cref="DataCache"/> (per data version). As-of = the latest flow date of the listed funds unless the URL pins
/// it; funds ending earlier are marked stale.
/// </summary>
public sealed class FlowsView(SeriesCache series, DataCache cache)
{
    /// <summary>Builds the model (cached per data version); throws <see cref="ViewDataException"/> when none of the funds has flow data.</summary>
    public Task<FlowsModel> BuildAsync(FlowsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cache.GetAsync("flows?" + query.ToQuery(), _ => ComputeAsync(query), cancellationToken);
    }

    /// <summary>
    /// The model and its charts for a query, built once per data version and point budget. The charts sit two to a
    /// row (lg=6), as on <c>/spread</c>: each gets half the per-trace budget <paramref name="maxPoints"/>, still about
    /// one point per pixel column.
    /// </summary>
    public Task<FlowsFigures> FiguresAsync(FlowsQuery query, int maxPoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var half = Math.Max(100, maxPoints / 2);
        return cache.GetAsync($"flowsfigures:{half}:" + query.ToQuery(),
            async ct => FlowsFigures.From(await BuildAsync(query, ct), half), cancellationToken);
    }

    private async Task<FlowsModel> ComputeAsync(FlowsQuery query)
    {
        var notices = new List<QueryNotice>();
        var loaded = new List<(FundDaySeries Days, BarSeries? Prices)>();
        var without = new List<string>();

        // Read every fund's days and prices at once (one context per read; SQLite WAL and PostgreSQL serve them in parallel).
        // "Real data only" with a pinned window resolves that window over every stored day (modelled too), as the
        // switch-off view does: the page stays on the dates the URL pins and says when no real flow falls inside.
        var pinned = query.RealOnly && (query.Window.AsOf is not null || query.Window.IsCustom);
        var dayReads = query.Funds.Select(s => series.FundDaysAsync(s, !query.RealOnly)).ToArray();
        var allReads = pinned ? query.Funds.Select(s => series.FundDaysAsync(s, true)).ToArray() : [];
        var priceReads = query.Funds.Select(s => series.BarsAsync(s)).ToArray();
        await Task.WhenAll(dayReads);
        await Task.WhenAll(allReads);
        await Task.WhenAll(priceReads);
        for (var f = 0; f < query.Funds.Count; f++)
        {
            var symbol = query.Funds[f];
            var days = dayReads[f].Result;
            if (days is null)
            {
                notices.Add(new QueryNotice("funds", $"{symbol} is not in the database; ignored (see /data)."));
                continue;
            }

            if (days.Count == 0)
            {
                without.Add(days.Symbol);
                continue;
            }

            loaded.Add((days, priceReads[f].Result));
        }

        if (loaded.Count == 0)
        {
            throw new ViewDataException(query.RealOnly
                ? $"No real flow data for {string.Join(", ", query.Funds)}. Turn off \"real data only\" to see modelled flows, or import issuer files (smallcap import flows)."
                : $"No flow data for {string.Join(", ", query.Funds)}. See /data for what is loaded.");
        }

        var axis = pinned ? SharedAxis([.. allReads.Select(r => r.Result).OfType<FundDaySeries>()]) : SharedAxis([.. loaded.Select(l => l.Days)]);
        var window = query.Window.Resolve(axis, notices)
            ?? throw new ViewDataException("The funds have no flow dates.");
        var from = query.Window.IsCustom ? query.Window.From ?? axis[0] : window.WindowFrom;
        var to = window.EndDate;
        if (from > to)
        {
            from = to;
        }

        var funds = new List<FundFlowView>(loaded.Count);
        var freshness = new List<FundFreshness>(loaded.Count);
        foreach (var (days, prices) in loaded)
        {
            funds.Add(FlowViewBuilder.Build(days, prices, from, to));
            var last = days.Dates[^1];
            freshness.Add(new FundFreshness(days.Symbol, last, prices?.LastDate, last < window.AsOf));
        }

        var sessions = 0;
        foreach (var f in funds)
        {
            sessions = Math.Max(sessions, f.Count);
        }

        return new FlowsModel(query, window, from, to, FlowViewBuilder.GranularityFor(sessions), funds, freshness, without, notices)
        {
            NoRealFlowsInWindow = query.RealOnly && funds.All(f => f.RealDays == 0)
                ? NoRealFlowsMessage(from, to, loaded.Select(l => l.Days).ToList(), without)
                : null,
        };
    }

    /// <summary>Why a "real data only" window is empty: the window, and where the listed funds' real flows are.</summary>
    private static string NoRealFlowsMessage(DateOnly from, DateOnly to, List<FundDaySeries> real, List<string> without)
    {
        var where = string.Join("; ", real.Select(d => $"{d.Symbol} {d.Dates[0]:yyyy-MM-dd} to {d.Dates[^1]:yyyy-MM-dd}"));
        var none = without.Count > 0 ? $" ({string.Join(", ", without)}: none stored)" : "";
        return $"No real flows exist between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} for {string.Join(", ", real.Select(d => d.Symbol).Concat(without))}. " +
            $"Real flows are stored for {where}{none}. Pick a window there, turn off \"real data only\" to see modelled flows, or import issuer files.";
    }

    /// <summary>
    /// The union of the funds' flow dates: as-of defaults to the latest of them, and funds that end earlier are
    /// shown up to their last date with a stale badge (never dropped).
    /// </summary>
    private static DateOnly[] SharedAxis(List<FundDaySeries> loaded)
    {
        var set = new SortedSet<DateOnly>();
        foreach (var days in loaded)
        {
            set.UnionWith(days.Dates);
        }

        return [.. set];
    }
}
