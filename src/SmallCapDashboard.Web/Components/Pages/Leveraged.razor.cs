using Microsoft.AspNetCore.Components;
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
public partial class Leveraged
{
    private LeveragedQuery _query = LeveragedQuery.Parse("/leveraged", out _);
    private IReadOnlyList<string> _available = [];
    private LeveragedModel? _model;
    private ChartFigure? _drag, _tracking;
    private IReadOnlyList<ChartFigure> _funds = [];

    [Inject]
    private LeveragedView View { get; set; } = default!;

    [Inject]
    private SeriesCache Series { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    private string IndexName => _query.Index switch
    {
        "^RUT" => "^RUT, the Russell 2000 index (a price index: dividends not included; ends 2024-09-12 here)",
        "IWM" => "IWM, the iShares Russell 2000 ETF (total return with basis=total)",
        var other => other,
    };

    private string BasisText => "funds and index in the " + PriceBasisText.Label(_query.Window.Basis) + " basis";

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
        : "/leveraged?" + (_query with { Window = _query.Window.Frozen(_model.Window) }).ToQuery();

    /// <inheritdoc />
    protected override string PagePath => "/leveraged";

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
        _query = LeveragedQuery.Parse(uri, out var notices);
        return notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        _available = [.. (await Series.InstrumentsAsync(cancellationToken)).Select(i => i.Symbol)];
        LeveragedFigures figures;
        try
        {
            figures = await View.FiguresAsync(_query, Options.Value.MaxPointsPerTrace, cancellationToken);
        }
        catch (ViewDataException)
        {
            _model = null;
            throw;
        }

        _drag = figures.Drag;
        _tracking = figures.Tracking;
        _funds = figures.Funds;
        _model = figures.Model;
        return figures.Model.Notices;
    }

    private void Go(LeveragedQuery query) => Go(query.ToQuery());

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

    private static readonly (string, string)[] IndexItems = [("IWM", "IWM (ETF)"), ("^RUT", "^RUT (index, ends 2024-09-12)")];

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
}
