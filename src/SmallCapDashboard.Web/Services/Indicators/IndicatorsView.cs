using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Views;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Indicators;

/// <summary>
/// Computes the <c>/indicators</c> view on a symbol or a ratio symbol (<c>A:B</c>): moving averages and their
/// crosses, Bollinger bands, RSI with regimes, MACD, divergences, the signal history with forward returns and hit
/// rates over the whole history. Computed on the full history, then cut to the window.
/// </summary>
public sealed class IndicatorsView(SeriesCache series, DataCache cache)
{
    /// <summary>Builds the model (cached per data version); throws <see cref="ViewDataException"/> when the symbol has no data.</summary>
    public Task<IndicatorsModel> BuildAsync(IndicatorsQuery query, CancellationToken cancellationToken = default) =>
        cache.GetAsync("indicators?" + query.ToQuery(), _ => ComputeAsync(query), cancellationToken);

    /// <summary>The model and its chart for a query, built once per data version and point budget.</summary>
    public Task<IndicatorsFigures> FiguresAsync(IndicatorsQuery query, int maxPoints, CancellationToken cancellationToken = default) =>
        cache.GetAsync($"indicators-figure:{maxPoints}?" + query.ToQuery(), async ct =>
        {
            var model = await BuildAsync(query, ct);
            var prices = await series.PriceCoverageAsync("prices", model.Window, query.Window, [query.Symbol], ct);
            return new IndicatorsFigures(model, IndicatorsChart.Build(model, maxPoints) with { Coverage = prices });
        }, cancellationToken);

    private async Task<IndicatorsModel> ComputeAsync(IndicatorsQuery query)
    {
        var notices = new List<QueryNotice>();
        var symbol = await LoadAsync(query);
        var symbolDates = symbol.Dates;
        if (symbolDates.Length == 0)
        {
            throw new ViewDataException(symbol.IsRatio
                ? $"{symbol.Primary.Symbol} and {symbol.Denominator!.Symbol} have no date in common."
                : $"No stored data for {query.Symbol}.");
        }

        var w = query.Window.Resolve(symbolDates, notices)
            ?? throw new ViewDataException($"No stored data for {query.Symbol}.");
        var input = symbol.InBasis(query.Window.Basis, w.AsOf);
        var dates = input.Dates;
        var close = input.Close;
        int s = w.BaseIndex, e = w.EndIndex;
        T[] Cut<T>(T[] a) => a[s..(e + 1)];

        var mas = new List<MovingAverageLine>();
        var fullMas = new List<(int Period, double[] Values)>();
        foreach (var p in query.MovingAverages)
        {
            var v = Sma.Calculate(close, p);
            fullMas.Add((p, v));
            mas.Add(new MovingAverageLine(p, Cut(v)));
        }

        var emas = new List<MovingAverageLine>();
        foreach (var p in query.ExponentialAverages)
        {
            emas.Add(new MovingAverageLine(p, Cut(Ema.Calculate(close, p))));
        }

        var crosses = new List<LabelledCross>();
        var allCrosses = new List<LabelledCross>();
        for (var i = 0; i + 1 < fullMas.Count; i++)
        {
            var (fast, slow) = fullMas[i].Period < fullMas[i + 1].Period ? (fullMas[i], fullMas[i + 1]) : (fullMas[i + 1], fullMas[i]);
            var pair = $"{fast.Period}/{slow.Period}";
            foreach (var c in MovingAverageCrosses.Find(dates, fast.Values, slow.Values))
            {
                allCrosses.Add(new LabelledCross(pair, c));
                if (c.Index >= s && c.Index <= e)
                {
                    crosses.Add(new LabelledCross(pair, c with { Index = c.Index - s }));
                }
            }
        }

        var bb = Bollinger.Calculate(close, query.BollingerPeriod, 2.0);
        var rsi = Rsi.Calculate(close, query.RsiPeriod);
        var macd = Macd.Calculate(close, query.MacdFast, query.MacdSlow, query.MacdSignal);
        var regimes = RsiRegimes.Find(dates, rsi);
        var divergences = Divergences.Find(dates, close, rsi);

        var points = new List<SignalPoint>();
        // Each pair apart (label "10/50", "50/200"), so hit rates do not lump a 10/50 and a 50/200 cross together.
        foreach (var pair in allCrosses.GroupBy(c => c.Pair))
        {
            points.AddRange(SignalPoints.FromCrosses(pair.Select(c => c.Cross), pair.Key));
        }
        points.AddRange(SignalPoints.FromRegimes(regimes));
        points.AddRange(SignalPoints.FromDivergences(divergences));
        var outcomes = SignalOutcomes.ForwardReturns(dates, close, points);
        var hitRates = SignalOutcomes.HitRates(outcomes);

        var rows = new List<SignalRow>();
        foreach (var o in outcomes)
        {
            if (o.Index < s || o.Index > e)
            {
                continue;
            }

            rows.Add(new SignalRow(o.Signal.Date, Name(o.Signal.Kind), Detail(o.Signal), o.Close, o.Return1M, o.Return3M, o.Return6M));
        }

        rows.Sort((x, y) => y.Date.CompareTo(x.Date)); // newest first
        var windowRegimes = Windowing.Cut(regimes.Regimes, dates, dates[s], dates[e]);
        var windowDivergences = Windowing.CutEvents(divergences, d => d.ConfirmedDate, dates[s], dates[e]);

        return new IndicatorsModel(
            query, w, input.Description, input.HasVolume, Cut(dates), Cut(input.Open), Cut(input.High), Cut(input.Low), Cut(close), Cut(input.Volume),
            mas, Cut(bb.Upper), Cut(bb.Middle), Cut(bb.Lower), Cut(rsi), Cut(macd.Line), Cut(macd.Signal), Cut(macd.Histogram),
            crosses, windowRegimes, windowDivergences, rows, hitRates, dates[^1], notices,
            () => ExportColumns(dates, close, s, e))
        {
            ExponentialAverages = emas,
            Extremes = Extremes(dates, close, s, e),
        };
    }

    /// <summary>The export columns of DESIGN.md (Analytics' <see cref="IndicatorTable"/>, as the CLI writes them), cut to the window.</summary>
    private static (DateOnly[], IReadOnlyList<(string, double[])>) ExportColumns(DateOnly[] dates, double[] close, int s, int e) =>
        (dates[s..(e + 1)], [.. IndicatorTable.Compute(close).Select(c => (c.Name, c.Values[s..(e + 1)]))]);

    private async Task<SymbolSeries> LoadAsync(IndicatorsQuery query)
    {
        async Task<BarSeries> Leg(string leg, bool denominator) =>
            await series.BarsAsync(leg) ?? throw new ViewDataException(!query.IsRatio
                ? $"{leg} is not in the database. See /data for the symbols loaded."
                : $"{leg} ({(denominator ? "denominator" : "numerator")} of {query.Symbol}) is not in the database.");

        try
        {
            return await SymbolSeries.LoadAsync(query.Symbol, Leg);
        }
        catch (ArgumentException e)
        {
            throw new ViewDataException(e.Message);
        }
    }

    private static string Name(SignalKind kind) => kind switch
    {
        SignalKind.GoldenCross => "Golden cross",
        SignalKind.DeathCross => "Death cross",
        SignalKind.UpperRegime => "RSI upper regime",
        SignalKind.LowerRegime => "RSI lower regime",
        SignalKind.BullishDivergence => "Bullish divergence",
        SignalKind.BearishDivergence => "Bearish divergence",
        _ => kind.ToString(),
    };

    private static string Detail(SignalPoint p) =>
        p.Kind is SignalKind.GoldenCross or SignalKind.DeathCross ? p.Label + " MA"
        : p.Kind is SignalKind.UpperRegime or SignalKind.LowerRegime ? "RSI crossed 55 up / 45 down" : "price vs RSI swings";

    /// <summary>Trough and peak close over the window's sessions after the base close (the base close itself excluded).</summary>
    private static WindowExtremes? Extremes(DateOnly[] dates, double[] close, int s, int e)
    {
        var first = Math.Min(s + 1, e);
        int lo = -1, hi = -1;
        for (var i = first; i <= e; i++)
        {
            if (!double.IsFinite(close[i]))
            {
                continue;
            }

            if (lo < 0 || close[i] < close[lo])
            {
                lo = i;
            }

            if (hi < 0 || close[i] > close[hi])
            {
                hi = i;
            }
        }

        return lo < 0 ? null : new WindowExtremes(dates[lo], close[lo], dates[hi], close[hi], close[e]);
    }
}

/// <summary>The <c>/indicators</c> model with its linked-panes chart, built once per query, point budget and data version.</summary>
public sealed record IndicatorsFigures(IndicatorsModel Model, ChartFigure Chart);
