using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Spread;

/// <summary>
/// Computes the <c>/spread</c> view from cached series: returns from the window's base close, spread (percentage
/// points) and ratio of the first small/large pair, rolling spread, drawdowns from the all-time high (over the whole
/// history, then cut), period returns with ranks, and new-high confirmation.
/// </summary>
public sealed class SpreadView(SeriesCache cache)
{
    /// <summary>The series checked for new-high confirmation.</summary>
    public static IReadOnlyList<string> HighSet { get; } = ["SPY", "DIA", "QQQ", "IWM", "^GSPC", "^RUT"];

    /// <summary>Sessions within which a high counts as recent (about one month).</summary>
    public const int HighSessions = 21;

    /// <summary>Builds the model; throws <see cref="ViewDataException"/> when the pair has no data in common.</summary>
    public Task<SpreadModel> BuildAsync(SpreadQuery query, CancellationToken cancellationToken = default) =>
        cache.ViewAsync("spread?" + query.ToQuery(), TimeSpan.FromMinutes(1), () => ComputeAsync(query, cancellationToken));

    private async Task<SpreadModel> ComputeAsync(SpreadQuery query, CancellationToken cancellationToken)
    {
        var notices = new List<QueryNotice>();
        var basis = query.Window.Basis == PriceBasisChoice.Total ? PriceBasis.Total : PriceBasis.Price;
        var small = await LoadAsync(query.Small, "small", basis, notices, cancellationToken);
        var large = await LoadAsync(query.Large, "large", basis, notices, cancellationToken);
        if (small.Count == 0 || large.Count == 0)
        {
            throw new ViewDataException("No stored data for the " + (small.Count == 0 ? "small" : "large")
                + " symbols asked for. See /data for what is loaded.");
        }

        var a = small[0];
        var b = large[0];
        var (dates, ca, cb) = SeriesAlignment.Align(a.Closes(), b.Closes());
        var window = ResolvedWindow.Resolve(dates, query.Window, notices)
            ?? throw new ViewDataException($"{a.Symbol} and {b.Symbol} have no date in common.");
        int s = window.BaseIndex, e = window.EndIndex;

        var all = new List<BarSeries>(small);
        all.AddRange(large);
        var returns = new List<(string, double[])>(all.Count);
        var drawdowns = new List<(string, double[])>(all.Count);
        var freshness = new List<SymbolFreshness>(all.Count);
        foreach (var series in all)
        {
            var onAxis = DateAlignment.OnAxis(dates, s, e, series.Dates, series.Close);
            var baseValue = onAxis[0];
            var cum = new double[onAxis.Length];
            for (var i = 0; i < cum.Length; i++)
            {
                cum[i] = onAxis[i] / baseValue - 1.0;
            }

            returns.Add((series.Symbol, cum));
            drawdowns.Add((series.Symbol, DateAlignment.OnAxis(dates, s, e, series.Dates, Drawdown.FromAllTimeHigh(series.Close))));
            freshness.Add(new SymbolFreshness(series.Symbol, series.Dates[^1], series.Dates[^1] < window.AsOf));
        }

        var smallReturn = Returns.Cumulative(ca, s)[s..(e + 1)];
        var largeReturn = Returns.Cumulative(cb, s)[s..(e + 1)];
        var spread = Analytics.Performance.Spread.Compute(smallReturn, largeReturn);
        var ratio = RelativeStrength.Ratio(ca, cb, s)[s..(e + 1)];
        var rolling = RollingSpread.Compute(ca, cb, query.Roll)[s..(e + 1)];

        var table = new List<PeriodReturnRow>(all.Count);
        foreach (var series in all)
        {
            table.Add(PeriodRow(series, window));
        }

        var highs = await HighSeriesAsync(basis, cancellationToken);
        return new SpreadModel(
            query, window, a.Symbol, b.Symbol, dates[s..(e + 1)], returns, smallReturn, largeReturn, spread, ratio, rolling,
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

    private async Task<List<BarSeries>> LoadAsync(
        IReadOnlyList<string> symbols, string parameter, PriceBasis basis, List<QueryNotice> notices, CancellationToken cancellationToken)
    {
        var list = new List<BarSeries>(symbols.Count);
        foreach (var symbol in symbols)
        {
            var series = await cache.BarsAsync(symbol, basis, cancellationToken);
            if (series is null)
            {
                notices.Add(new QueryNotice(parameter, $"{symbol} is not in the database; ignored (see /data)."));
            }
            else
            {
                list.Add(series);
            }
        }

        return list;
    }

    private async Task<List<NamedSeries>> HighSeriesAsync(PriceBasis basis, CancellationToken cancellationToken)
    {
        var list = new List<NamedSeries>(HighSet.Count);
        foreach (var symbol in HighSet)
        {
            if (await cache.BarsAsync(symbol, basis, cancellationToken) is { } series)
            {
                list.Add(new NamedSeries(symbol, series.Closes()));
            }
        }

        return list;
    }
}
