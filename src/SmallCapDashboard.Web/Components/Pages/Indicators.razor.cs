using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Indicators;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary><c>/indicators</c>: linked price/volume/RSI/MACD panes, divergences, signal history and hit rates.</summary>
public partial class Indicators
{
    private IndicatorsQuery _query = IndicatorsQuery.Parse("/indicators", out _);
    private IndicatorsModel? _model;
    private ChartFigure? _figure;
    private IReadOnlyList<string> _symbols = [];

    [Inject]
    private IndicatorsView View { get; set; } = default!;

    [Inject]
    private SeriesCache Series { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    /// <inheritdoc />
    protected override string PagePath => "/indicators";

    private (DateOnly, DateOnly)? ResolvedRange => _model is null ? null : (_model.Window.BaseDate, _model.Window.EndDate);

    private IReadOnlyList<SymbolFreshness> Freshness => _model is null
        ? []
        : [new SymbolFreshness(_query.Symbol, _model.LastDate, _model.LastDate < (_query.Window.AsOf ?? _model.Window.AsOf))];

    // The folded chart settings in a few words: "SMA 10,50,200 · EMA 20 · RSI 14 · candles · weekly · log".
    private string SettingsSummary => string.Join(" · ", new[]
    {
        _query.MovingAverages.Count > 0 ? "SMA " + string.Join(",", _query.MovingAverages) : null,
        _query.ExponentialAverages.Count > 0 ? "EMA " + string.Join(",", _query.ExponentialAverages) : null,
        "RSI " + _query.RsiPeriod.ToString(CultureInfo.InvariantCulture),
        _query.Style == PriceStyle.Candles ? "candles" : null,
        _query.Frequency == BarFrequency.Daily ? null : _query.Frequency.ToString().ToLowerInvariant(),
        _query.Log ? "log" : null,
    }.Where(p => p is not null));

    private string? FrozenPath => _model is null
        ? null
        : "/indicators?" + (_query with { Window = _query.Window.Frozen(_model.Window) }).ToQuery();

    /// <inheritdoc />
    protected override (ViewWindow Window, Func<ViewWindow, CancellationToken, Task> View)? Prefetchable
    {
        get
        {
            var query = _query;
            return (query.Window, (w, ct) => View.FiguresAsync(query with { Window = w }, Options.Value.MaxPointsPerTrace, ct));
        }
    }

    /// <inheritdoc />
    protected override IReadOnlyList<QueryNotice> Parse(string uri)
    {
        _query = IndicatorsQuery.Parse(uri, out var notices);
        return notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        _symbols = (await Series.InstrumentsAsync(cancellationToken)).Select(i => i.Symbol).ToList();
        var figures = await View.FiguresAsync(_query, Options.Value.MaxPointsPerTrace, cancellationToken);
        var model = figures.Model;
        _model = model;
        _figure = figures.Chart;
        return model.Notices;
    }

    private Task<IEnumerable<string>> SearchAsync(string? text, CancellationToken _)
    {
        var t = text?.Trim() ?? "";
        IEnumerable<string> hits = _symbols.Where(s => s.Contains(t, StringComparison.OrdinalIgnoreCase));
        if (t.Contains(':', StringComparison.Ordinal))
        {
            hits = hits.Prepend(t.ToUpperInvariant());
        }

        return Task.FromResult(hits);
    }

    private void OnWindowChanged(ViewWindow window) => Go((_query with { Window = window }).ToQuery());

    private void OnSymbolChanged(string? symbol)
    {
        if (!string.IsNullOrWhiteSpace(symbol) && symbol != _query.Symbol)
        {
            Go((_query with { Symbol = symbol.Trim().ToUpperInvariant() }).ToQuery());
        }
    }

    private void OnMaChanged(string? text)
    {
        var periods = Periods(text);
        if (periods.Count > 0)
        {
            Go((_query with { MovingAverages = periods }).ToQuery());
        }
    }

    private void OnEmaChanged(string? text)
    {
        var periods = Periods(text);
        if (periods.Count > 0 || string.IsNullOrWhiteSpace(text))
        {
            Go((_query with { ExponentialAverages = periods }).ToQuery());
        }
    }

    private static List<int> Periods(string? text) => (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
        .Where(v => v is >= 2 and <= 400).Distinct().Take(5).ToList();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Price(double v) => v.ToString("#,0.00##", CultureInfo.InvariantCulture);

    private static string Pct(double v) => (v < 0 ? "\u2212" : "+") + Math.Abs(v * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    private void OnRsiChanged(int period) => Go((_query with { RsiPeriod = Math.Clamp(period, 2, 100) }).ToQuery());

    private static readonly (PriceStyle, string)[] StyleItems = [(PriceStyle.Line, "Line"), (PriceStyle.Candles, "Candles")];

    private static readonly (BarFrequency, string)[] FrequencyItems =
        [(BarFrequency.Daily, "Daily"), (BarFrequency.Weekly, "Weekly"), (BarFrequency.Monthly, "Monthly")];

    private void OnStyleChanged(PriceStyle style) => Go((_query with { Style = style }).ToQuery());

    private void OnFrequencyChanged(BarFrequency frequency) => Go((_query with { Frequency = frequency }).ToQuery());

    private void OnLogChanged(bool log) => Go((_query with { Log = log }).ToQuery());

    private void OnZoom((DateOnly From, DateOnly To) range) =>
        Go((_query with { Window = _query.Window.WithDates(range.From, range.To) }).ToQuery());
}
