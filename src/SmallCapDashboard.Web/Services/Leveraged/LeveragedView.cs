using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>
/// Builds the <c>/leveraged</c> view from cached series. The window resolves against the index's dates (as-of = the
/// index's last date unless pinned), and each fund is compared on the dates it shares with the index.
/// </summary>
public sealed class LeveragedView(SeriesCache cache)
{
    /// <summary>How long a query's model and charts are reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    /// <summary>The model and its charts for a query, built once per <see cref="CacheFor"/> and point budget.</summary>
    public Task<LeveragedFigures> FiguresAsync(LeveragedQuery query, int maxPoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cache.ViewAsync($"leveragedfigures:{maxPoints}:" + query.ToQuery(), CacheFor,
            async () => LeveragedFigures.From(await BuildAsync(query, cancellationToken), maxPoints));
    }

    /// <summary>Builds the model; throws <see cref="ViewDataException"/> when the index or every fund is missing.</summary>
    public async Task<LeveragedModel> BuildAsync(LeveragedQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var notices = new List<QueryNotice>();
        var basis = query.Window.Basis == PriceBasisChoice.Total ? PriceBasis.Total : PriceBasis.Price;
        var index = await cache.BarsAsync(query.Index, basis, cancellationToken)
            ?? throw new ViewDataException($"The index {query.Index} is not in the database. See /data for what is loaded.");
        var catalogue = await cache.InstrumentsAsync(cancellationToken);

        var funds = new List<(BarSeries Bars, double Beta)>();
        var fundsEnd = DateOnly.MinValue;
        foreach (var symbol in query.Funds)
        {
            var info = catalogue.FirstOrDefault(i => string.Equals(i.Symbol, symbol, StringComparison.OrdinalIgnoreCase));
            var bars = await cache.BarsAsync(symbol, basis, cancellationToken);
            if (info is null || bars is null)
            {
                notices.Add(new QueryNotice("funds", $"{symbol} is not in the database; ignored (see /data)."));
                continue;
            }

            if (info.Kind != InstrumentKind.LeveragedEtf && info.Leverage == 1.0)
            {
                notices.Add(new QueryNotice("funds", $"{symbol} is not a leveraged or inverse fund (β = 1); shown for comparison."));
            }

            funds.Add((bars, info.Leverage));
            if (bars.Dates[^1] > fundsEnd)
            {
                fundsEnd = bars.Dates[^1];
            }
        }

        if (funds.Count == 0)
        {
            throw new ViewDataException($"None of {string.Join(", ", query.Funds)} is in the database. See /data for what is loaded.");
        }

        var window = ResolvedWindow.Resolve(index.Dates, query.Window, notices)
            ?? throw new ViewDataException($"The index {query.Index} has no bars.");
        var from = window.WindowFrom;
        var views = new List<LeveragedFundView>(funds.Count);
        foreach (var (bars, beta) in funds)
        {
            var key = $"leveraged:{bars.Symbol}:{beta}:{index.Symbol}:{basis}:{from:yyyy-MM-dd}:{window.EndDate:yyyy-MM-dd}:{bars.Count}:{index.Count}";
            views.Add(cache.Derived(key, () => LeveragedViewBuilder.Build(bars, index, beta, from, window.EndDate)));
        }

        var indexLast = index.Dates[^1];
        return new LeveragedModel(query, window.AsOf, window.BaseDate, window.EndDate, index.Symbol, indexLast, indexLast < fundsEnd, views, notices);
    }
}
