using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Leveraged;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary>
/// <c>/leveraged</c>: TNA, TZA, RWM, TWM, SRTY against β × the index and the daily-reset path; compounding drag,
/// tracking difference, expected drag from volatility; drag by holding period; the index switchable (IWM or ^RUT).
/// </summary>
public partial class Leveraged : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private LeveragedQuery _query = LeveragedQuery.Parse("/leveraged", out _);
    private IReadOnlyList<QueryNotice> _notices = [];
    private IReadOnlyList<string> _available = [];
    private LeveragedModel? _model;
    private string? _error;
    private ChartFigure? _drag, _tracking;
    private IReadOnlyList<ChartFigure> _funds = [];

    [Inject]
    private NavigationManager Nav { get; set; } = default!;

    [Inject]
    private LeveragedView View { get; set; } = default!;

    [Inject]
    private SeriesCache Cache { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    private string IndexName => _query.Index switch
    {
        "^RUT" => "^RUT, the Russell 2000 index (a price index: dividends not included; ends 2024-09-12 here)",
        "IWM" => "IWM, the iShares Russell 2000 ETF (total return with basis=total)",
        var other => other,
    };

    private string BasisText => "funds and index in the " + PriceBasisChoices.Label(_query.Window.Basis) + " basis";

    private IReadOnlyList<SymbolFreshness> Freshness
    {
        get
        {
            if (_model is null)
            {
                return [];
            }

            var list = new List<SymbolFreshness> { new(_model.IndexSymbol, _model.IndexLastDate, _model.IndexStale) };
            foreach (var f in _model.Funds)
            {
                if (f.FundLastDate is { } last)
                {
                    list.Add(new SymbolFreshness(f.Symbol, last, last < _model.AsOf));
                }
            }

            return list;
        }
    }

    private string CsvHref => "/export/leveraged.csv?" + _query.ToQuery();

    private string? FrozenPath => _model is null ? null
        : "/leveraged?" + (_query with { Window = _query.Window.WithDates(_model.BaseDate.AddDays(1), _model.EndDate) with { AsOf = _model.AsOf } }).ToQuery();

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Nav.LocationChanged += OnLocationChanged;
        _available = [.. (await Cache.InstrumentsAsync(_cts.Token)).Select(i => i.Symbol)];
        await LoadAsync();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        await LoadAsync();
        StateHasChanged();
    });

    private async Task LoadAsync()
    {
        _query = LeveragedQuery.Parse(Nav.Uri, out var notices);
        _error = null;
        try
        {
            var figures = await View.FiguresAsync(_query, Options.Value.MaxPointsPerTrace, _cts.Token);
            var model = figures.Model;
            _drag = figures.Drag;
            _tracking = figures.Tracking;
            _funds = figures.Funds;
            _model = model;
            _notices = [.. notices, .. model.Notices];
        }
        catch (ViewDataException e)
        {
            _model = null;
            _error = e.Message;
            _notices = notices;
        }
    }

    private void Go(LeveragedQuery query) => Nav.NavigateTo("/leveraged?" + query.ToQuery());

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

    private Task OnIndexChangedAsync(string index)
    {
        Go(_query with { Index = index });
        return Task.CompletedTask;
    }

    private Task OnZoomAsync((DateOnly From, DateOnly To) range)
    {
        Go(_query with { Window = _query.Window.WithDates(range.From, range.To) });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        _cts.Cancel();
        _cts.Dispose();
    }
}
