using Microsoft.Extensions.Caching.Memory;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>
/// Builds the <c>/flows</c> view from the store's fund days (cached in memory for a short while so imports show up)
/// and the cached price series. As-of = the latest flow date of the listed funds unless the URL pins it; funds ending earlier are marked stale.
/// </summary>
public sealed class FlowsView(FundDayReader reader, SeriesCache cache, IMemoryCache memory)
{
    /// <summary>How long fund days stay cached (short: an import should show within a minute).</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Builds the model (reused for <see cref="CacheFor"/> per query); throws <see cref="ViewDataException"/> when none
    /// of the funds has flow data.
    /// </summary>
    public async Task<FlowsModel> BuildAsync(FlowsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = "flowsmodel:" + query.ToQuery();
        if (memory.TryGetValue(key, out FlowsModel? hit) && hit is not null)
        {
            return hit;
        }

        var model = await ComputeAsync(query, cancellationToken);
        memory.Set(key, model, CacheFor);
        return model;
    }

    /// <summary>The model and its charts for a query, built once per <see cref="CacheFor"/> and point budget.</summary>
    public async Task<FlowsFigures> FiguresAsync(FlowsQuery query, int maxPoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = $"flowsfigures:{maxPoints}:" + query.ToQuery();
        if (memory.TryGetValue(key, out FlowsFigures? hit) && hit is not null)
        {
            return hit;
        }

        var figures = FlowsFigures.From(await BuildAsync(query, cancellationToken), maxPoints);
        memory.Set(key, figures, CacheFor);
        return figures;
    }

    private async Task<FlowsModel> ComputeAsync(FlowsQuery query, CancellationToken cancellationToken)
    {
        var notices = new List<QueryNotice>();
        var loaded = new List<(FundDaySeries Days, BarSeries? Prices)>();
        var without = new List<string>();

        // Read every fund's days and prices at once (one context per read; SQLite WAL and PostgreSQL serve them in parallel).
        var dayReads = query.Funds.Select(s => FundDaysAsync(s, !query.RealOnly, cancellationToken)).ToArray();
        var priceReads = query.Funds.Select(s => cache.BarsAsync(s, PriceBasis.Price, cancellationToken)).ToArray();
        await Task.WhenAll(dayReads);
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

        var axis = SharedAxis(loaded);
        var window = ResolvedWindow.Resolve(axis, query.Window, notices)
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

        return new FlowsModel(query, window.AsOf, from, to, FlowViewBuilder.GranularityFor(sessions), funds, freshness, without, notices);
    }

    /// <summary>A fund's whole stored flow history (null when the symbol is unknown), cached for <see cref="CacheFor"/>.</summary>
    public async Task<FundDaySeries?> FundDaysAsync(string symbol, bool includeModelled, CancellationToken cancellationToken)
    {
        var key = $"funddays:{symbol}:{includeModelled}";
        if (memory.TryGetValue(key, out FundDaySeries? hit))
        {
            return hit;
        }

        var series = await reader.ReadAsync(symbol, includeModelled, cancellationToken: cancellationToken);
        memory.Set(key, series, CacheFor);
        return series;
    }

    /// <summary>
    /// The union of the funds' flow dates: as-of defaults to the latest of them, and funds that end earlier are
    /// shown up to their last date with a stale badge (never dropped).
    /// </summary>
    private static DateOnly[] SharedAxis(List<(FundDaySeries Days, BarSeries? Prices)> loaded)
    {
        var set = new SortedSet<DateOnly>();
        foreach (var (days, _) in loaded)
        {
            set.UnionWith(days.Dates);
        }

        return [.. set];
    }
}
