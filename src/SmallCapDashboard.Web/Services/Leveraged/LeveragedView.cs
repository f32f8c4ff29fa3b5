using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>
/// Builds the <c>/leveraged</c> view from cached series. The window resolves against the index's dates (as-of = the
/// index's last date unless pinned), and each fund is compared on the dates it shares with the index.
/// </summary>
public sealed class LeveragedView(SeriesCache series, DataCache cache)
{
    /// <summary>The model and its charts for a query, built once per data version and point budget.</summary>
    public Task<LeveragedFigures> FiguresAsync(LeveragedQuery query, int maxPoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cache.GetAsync($"leveragedfigures:{maxPoints}:" + query.ToQuery(), async ct =>
        {
            var model = await BuildAsync(query, ct);
            var figures = LeveragedFigures.From(model, maxPoints);
            var all = await series.PriceCoverageAsync("prices", model.Window, query.Window, [model.IndexSymbol, .. model.Funds.Select(f => f.Symbol)], ct);
            var funds = new List<ChartFigure>(figures.Funds.Count);
            for (var i = 0; i < figures.Funds.Count; i++)
            {
                var one = await series.PriceCoverageAsync("prices", model.Window, query.Window, [model.Funds[i].Symbol, model.IndexSymbol], ct);
                funds.Add(figures.Funds[i] with { Coverage = one });
            }

            return figures with { Drag = figures.Drag with { Coverage = all }, Tracking = figures.Tracking with { Coverage = all }, Funds = funds };
        }, cancellationToken);
    }

    /// <summary>Builds the model (cached per data version); throws <see cref="ViewDataException"/> when the index or every fund is missing.</summary>
    public Task<LeveragedModel> BuildAsync(LeveragedQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cache.GetAsync("leveraged?" + query.ToQuery(), _ => ComputeAsync(query), cancellationToken);
    }

    private async Task<LeveragedModel> ComputeAsync(LeveragedQuery query)
    {
        var notices = new List<QueryNotice>();
        var basis = query.Window.Basis;
        var indexPrices = await series.BarsAsync(query.Index)
            ?? throw new ViewDataException($"The index {query.Index} is not in the database. See /data for what is loaded.");
        var catalogue = await series.InstrumentsAsync();

        var funds = new List<(BarSeries Bars, double Beta)>();
        var fundsEnd = DateOnly.MinValue;
        foreach (var symbol in query.Funds)
        {
            var info = catalogue.FirstOrDefault(i => string.Equals(i.Symbol, symbol, StringComparison.OrdinalIgnoreCase));
            var bars = await series.BarsAsync(symbol);
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

        var window = query.Window.Resolve(indexPrices.Dates, notices)
            ?? throw new ViewDataException($"The index {query.Index} has no bars.");
        var index = indexPrices.InBasis(basis, window.AsOf);
        var from = window.WindowFrom;
        var views = new List<LeveragedFundView>(funds.Count);
        foreach (var (bars, beta) in funds)
        {
            views.Add(LeveragedViewBuilder.Build(bars.InBasis(basis, window.AsOf), index, beta, from, window.EndDate));
        }

        var indexLast = index.Dates[^1];
        return new LeveragedModel(query, window, index.Symbol, indexLast, indexLast < fundsEnd, views, notices);
    }
}
