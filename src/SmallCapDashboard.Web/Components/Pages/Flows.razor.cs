using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Flows;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary>
/// <c>/flows</c>: daily or weekly/monthly flow bars, cumulative flows, trailing 30-day average, % of AUM, AUM and
/// flows over price for the funds in the URL; real and modelled drawn apart and labelled; "real data only" switch.
/// </summary>
public partial class Flows
{
    private FlowsQuery _query = FlowsQuery.Parse("/flows", out _);
    private IReadOnlyList<string> _available = [];
    private FlowsModel? _model;
    private ChartFigure? _bars, _cumulative, _trailing, _percent, _aum;
    private IReadOnlyList<ChartFigure> _overPrice = [];
    private int _overPriceIndex;

    [Inject]
    private FlowsView View { get; set; } = default!;

    [Inject]
    private SeriesCache Series { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    private IReadOnlyList<SymbolFreshness> Freshness =>
        _model is null ? [] : [.. _model.Freshness.Where(f => f.LastFlowDate is not null).Select(f => new SymbolFreshness(f.Symbol, f.LastFlowDate!.Value, f.Stale, "flow day"))];

    private string CsvHref => "/export/flows.csv?" + _query.ToQuery();

    private string? FrozenPath => _model is null ? null
        : "/flows?" + (_query with { Window = _query.Window.Frozen(_model.Window) }).ToQuery();

    /// <inheritdoc />
    protected override string PagePath => "/flows";

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
        _query = FlowsQuery.Parse(uri, out var notices);
        return notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        _available = [.. (await Series.InstrumentsAsync(cancellationToken)).Select(i => i.Symbol)];
        FlowsFigures figures;
        try
        {
            figures = await View.FiguresAsync(_query, Options.Value.MaxPointsPerTrace, cancellationToken);
        }
        catch (ViewDataException)
        {
            _model = null;
            throw;
        }

        _bars = figures.Bars;
        _cumulative = figures.Cumulative;
        _trailing = figures.Trailing;
        _percent = figures.PercentOfAum;
        _aum = figures.Aum;
        _overPrice = figures.OverPrice;
        _model = figures.Model;
        return figures.Model.Notices;
    }

    /// <summary>Each panel that shows modelled days, with the funds it shows them for (one notice names them all).</summary>
    private IReadOnlyList<(string Panel, IReadOnlyList<string> Funds)> ModelledPanels
    {
        get
        {
            var panels = new List<(string, IReadOnlyList<string>)>();
            void Add(string name, ChartFigure? figure)
            {
                if (ModelledIn(figure) is { Count: > 0 } funds)
                {
                    panels.Add((name, funds));
                }
            }

            Add("net flows", _bars);
            Add("cumulative flows", _cumulative);
            Add("trailing 30-day average", _trailing);
            Add("flow as % of AUM", _percent);
            Add("AUM", _aum);
            for (var i = 0; i < _overPrice.Count && _model is not null && i < _model.Funds.Count; i++)
            {
                Add(_model.Funds[i].Symbol + " flows over price", _overPrice[i]);
            }

            return panels;
        }
    }

    /// <summary>The funds whose traces in <paramref name="figure"/> are modelled.</summary>
    internal static IReadOnlyList<string> ModelledIn(ChartFigure? figure) => figure is null ? []
        : [.. figure.Traces.Where(t => t.Name.EndsWith(FlowsCharts.ModelledSuffix, StringComparison.Ordinal))
            .Select(t => t.Name[..^FlowsCharts.ModelledSuffix.Length])
            .Distinct()];

    // The fund whose flows-over-price chart shows (the first when the list changed under the choice); −1 for none.
    private int OverPriceIndex => _model is null ? -1 : Math.Min(_overPrice.Count, _model.Funds.Count) is var n and > 0 ? Math.Min(_overPriceIndex, n - 1) : -1;

    private void OnOverPriceChanged(int index) => _overPriceIndex = index;

    private void Go(FlowsQuery query) => Go(query.ToQuery());

    private Task OnWindowChangedAsync(ViewWindow window)
    {
        Go(_query with { Window = window });
        return Task.CompletedTask;
    }

    private Task OnFundsChangedAsync(IReadOnlyList<string> funds)
    {
        Go(_query with { Funds = funds });
        return Task.CompletedTask;
    }

    private Task OnRealOnlyChangedAsync(bool realOnly)
    {
        Go(_query with { RealOnly = realOnly });
        return Task.CompletedTask;
    }

    private Task OnZoomAsync((DateOnly From, DateOnly To) range)
    {
        Go(_query with { Window = _query.Window.WithDates(range.From, range.To) });
        return Task.CompletedTask;
    }
}
