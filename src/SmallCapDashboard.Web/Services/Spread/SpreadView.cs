using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Spread;

/// <summary>
/// Computes the <c>/spread</c> view from cached series: the spread rows of the first small/large pair (Analytics'
/// <see cref="SpreadAnalysis"/>, the same rows <c>smallcap export spread</c> writes), every symbol's return from the
/// window's base close, rolling spread, drawdowns from the all-time high (over the whole history, then cut), period
/// returns with ranks, and new-high confirmation. The total basis is anchored at the window's as-of date.
/// </summary>
public sealed class SpreadView(SeriesCache series, DataCache cache)
{
    /// <summary>The series checked for new-high confirmation.</summary>
    public static IReadOnlyList<string> HighSet { get; } = ["SPY", "DIA", "QQQ", "IWM", "^GSPC", "^RUT"];

    /// <summary>Sessions within which a high counts as recent (about one month).</summary>
    public const int HighSessions = 21;

    /// <summary>Builds the model (cached per data version); throws <see cref="ViewDataException"/> when the pair has no data in common.</summary>
    public Task<SpreadModel> BuildAsync(SpreadQuery query, CancellationToken cancellationToken = default) =>
        cache.GetAsync("spread?" + query.ToQuery(), _ => ComputeAsync(query), cancellationToken);

    /// <summary>
    /// The model and its four charts. They sit two to a row (lg=6): each is at most half the widest container, so half
    /// the per-trace budget <paramref name="maxPoints"/> is still about one point per pixel.
    /// </summary>
    public Task<SpreadFigures> FiguresAsync(SpreadQuery query, int maxPoints, CancellationToken cancellationToken = default) =>
        cache.GetAsync($"spread-figures:{maxPoints}?" + query.ToQuery(), async ct =>
        {
            var model = await BuildAsync(query, ct);
            var max = Math.Max(100, maxPoints / 2);
            var prices = await series.PriceCoverageAsync("prices", model.Window, query.Window, [.. model.Freshness.Select(f => f.Symbol)], ct);
            return new SpreadFigures(
                model, SpreadCharts.Returns(model, max) with { Coverage = prices }, SpreadCharts.SpreadAndRatio(model, max) with { Coverage = prices },
                SpreadCharts.Rolling(model, max) with { Coverage = prices }, SpreadCharts.Drawdowns(model, max) with { Coverage = prices });
        }, cancellationToken);

    private async Task<SpreadModel> ComputeAsync(SpreadQuery query)
    {
        var notices = new List<QueryNotice>();
        var basis = query.Window.Basis;
        var smallPrices = await LoadAsync(query.Small, "small", notices);
        var largePrices = await LoadAsync(query.Large, "large", notices);
        if (smallPrices.Count == 0 || largePrices.Count == 0)
        {
            throw new ViewDataException("No stored data for the " + (smallPrices.Count == 0 ? "small" : "large")
                + " symbols asked for. See /data for what is loaded.");
        }

        var (common, _, _) = SeriesAlignment.Align(smallPrices[0].Closes(), largePrices[0].Closes());
        var window = query.Window.Resolve(common, notices)
            ?? throw new ViewDataException($"{smallPrices[0].Symbol} and {largePrices[0].Symbol} have no date in common.");

        var all = new List<BarSeries>(smallPrices.Count + largePrices.Count);
        foreach (var s in smallPrices.Concat(largePrices))
        {
            all.Add(s.InBasis(basis, window.AsOf));
        }

        var a = all[0];
        var b = all[smallPrices.Count];
        var pair = SpreadAnalysis.Compute(a.Closes(), b.Closes(), window.BaseDate.AddDays(1), window.EndDate);
        var (dates, ca, cb) = SeriesAlignment.Align(a.Closes(), b.Closes());
        int s0 = window.BaseIndex, e = window.EndIndex;

        var returns = new List<(string, double[])>(all.Count);
        var drawdowns = new List<(string, double[])>(all.Count);
        var freshness = new List<SymbolFreshness>(all.Count);
        foreach (var bars in all)
        {
            var onAxis = DateAlignment.OnAxis(dates, s0, e, bars.Dates, bars.Close);
            var baseValue = onAxis[0];
            var cum = new double[onAxis.Length];
            for (var i = 0; i < cum.Length; i++)
            {
                cum[i] = onAxis[i] / baseValue - 1.0;
            }

            returns.Add((bars.Symbol, cum));
            drawdowns.Add((bars.Symbol, DateAlignment.OnAxis(dates, s0, e, bars.Dates, Drawdown.FromAllTimeHigh(bars.Close))));
            freshness.Add(new SymbolFreshness(bars.Symbol, bars.Dates[^1], bars.Dates[^1] < window.AsOf));
        }

        var rolling = RollingSpread.Compute(ca, cb, query.Roll)[s0..(e + 1)];
        var table = new List<PeriodReturnRow>(all.Count);
        foreach (var bars in all)
        {
            table.Add(PeriodRow(bars, window));
        }

        var highs = new List<NamedSeries>(HighSet.Count);
        foreach (var symbol in HighSet)
        {
            if (await series.BarsAsync(symbol) is { } h)
            {
                highs.Add(new NamedSeries(symbol, h.InBasis(basis, window.AsOf).Closes()));
            }
        }

        return new SpreadModel(
            query, window, a.Symbol, b.Symbol, pair.Dates, returns, pair.SmallReturn, pair.LargeReturn, pair.Spread, pair.Ratio, rolling,
            drawdowns, table,
            NewHighs.Confirm(highs, window.AsOf, HighSessions, HighKind.FiftyTwoWeek),
            NewHighs.Confirm(highs, window.AsOf, HighSessions, HighKind.AllTime),
            freshness, notices);
    }

    private static PeriodReturnRow PeriodRow(BarSeries series, ResolvedWindow window)
    {
        var asOf = series.Dates[^1] < window.AsOf ? series.Dates[^1] : window.AsOf;
        var rows = PeriodReturns.Compute(series.Dates, series.Close, asOf, window.WindowFrom);
        var cells = new List<PeriodReturnCell>(7);
        foreach (var r in rows)
        {
            if (r.Period is Period.Y3 or Period.Y5 or Period.Y10 or Period.Max)
            {
                continue;
            }

            var rank = r is { Return: not null, EndIndex: { } end, Sessions: > 0 and var n }
                ? ReturnRank.Rank(series.Dates, series.Close, end, n).Describe()
                : "";
            cells.Add(new PeriodReturnCell(r.Label, r.Return, r.BaseDate, r.EndDate, rank));
        }

        return new PeriodReturnRow(series.Symbol, cells);
    }

    private async Task<List<BarSeries>> LoadAsync(IReadOnlyList<string> symbols, string parameter, List<QueryNotice> notices)
    {
        var list = new List<BarSeries>(symbols.Count);
        foreach (var symbol in symbols)
        {
            var bars = await series.BarsAsync(symbol);
            if (bars is null)
            {
                notices.Add(new QueryNotice(parameter, $"{symbol} is not in the database; ignored (see /data)."));
            }
            else
            {
                list.Add(bars);
            }
        }

        return list;
    }
}

/// <summary>The <c>/spread</c> model with its four charts, built once per query, point budget and data version.</summary>
public sealed record SpreadFigures(SpreadModel Model, ChartFigure Returns, ChartFigure SpreadAndRatio, ChartFigure Rolling, ChartFigure Drawdowns);
