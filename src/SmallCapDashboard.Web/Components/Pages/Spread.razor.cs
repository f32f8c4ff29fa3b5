using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary><c>/spread</c>: small vs large returns, spread, ratio, rolling spread, period returns, drawdowns, new highs.</summary>
public partial class Spread
{
    private SpreadQuery _query = SpreadQuery.Parse("/spread", out _);
    private SpreadModel? _model;
    private ChartFigure? _returns;
    private ChartFigure? _spread;
    private ChartFigure? _rolling;
    private ChartFigure? _drawdowns;
    private IReadOnlyList<string> _symbols = [];

    [Inject]
    private SpreadView View { get; set; } = default!;

    [Inject]
    private SeriesCache Series { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    /// <inheritdoc />
    protected override string PagePath => "/spread";

    private (DateOnly, DateOnly)? ResolvedRange => _model is null ? null : (_model.Window.BaseDate, _model.Window.EndDate);

    private string SymbolsSummary => string.Join(", ", _query.Small) + " vs " + string.Join(", ", _query.Large);

    private string? FrozenPath => _model is null
        ? null
        : "/spread?" + (_query with { Window = _query.Window.Frozen(_model.Window) }).ToQuery();

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
        _query = SpreadQuery.Parse(uri, out var notices);
        return notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        _symbols = (await Series.InstrumentsAsync(cancellationToken)).Select(i => i.Symbol).ToList();
        var figures = await View.FiguresAsync(_query, Options.Value.MaxPointsPerTrace, cancellationToken);
        var model = figures.Model;
        _model = model;
        (_returns, _spread, _rolling, _drawdowns) = (figures.Returns, figures.SpreadAndRatio, figures.Rolling, figures.Drawdowns);
        return model.Notices;
    }

    private string Csv(string name) => $"/export/{name}.csv?{_query.ToQuery()}";

    private void OnWindowChanged(ViewWindow window) => Go((_query with { Window = window }).ToQuery());

    private void OnSmallChanged(IReadOnlyList<string> symbols) => Go((_query with { Small = symbols }).ToQuery());

    private void OnLargeChanged(IReadOnlyList<string> symbols) => Go((_query with { Large = symbols }).ToQuery());

    private void OnZoom((DateOnly From, DateOnly To) range) =>
        Go((_query with { Window = _query.Window.WithDates(range.From, range.To) }).ToQuery());
}
