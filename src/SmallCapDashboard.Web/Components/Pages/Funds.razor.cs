using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Funds;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary>
/// <c>/funds</c>: the latest holdings snapshot of each fund in the URL (as-of shown), sector weights side by side, top
/// holdings, the change in sector weights between a fund's two latest snapshots, and AUM and shares outstanding over
/// the stored history (real and modelled drawn apart). Every table has a CSV.
/// </summary>
public partial class Funds
{
    private FundsQuery _query = FundsQuery.Parse("/funds", out _);
    private IReadOnlyList<string> _available = [];
    private FundsModel? _model;
    private IReadOnlyList<FundHoldingsView> _withHoldings = [];
    private IReadOnlyList<string> _modelled = [];

    /// <summary>The page's one modelled-data notice: both fund-size panels show the same funds' modelled days.</summary>
    private IReadOnlyList<(string Panel, IReadOnlyList<string> Funds)> ModelledPanels =>
        _modelled.Count == 0 ? [] : [("AUM", _modelled), ("Shares outstanding", _modelled)];
    private ChartFigure? _aum, _shares;

    [Inject]
    private FundsView View { get; set; } = default!;

    [Inject]
    private SeriesCache Cache { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    /// <inheritdoc />
    protected override string PagePath => "/funds";

    /// <inheritdoc />
    protected override IReadOnlyList<QueryNotice> Parse(string uri)
    {
        _query = FundsQuery.Parse(uri, out var notices);
        return notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        _available = [.. (await Cache.InstrumentsAsync(cancellationToken)).Select(i => i.Symbol)];
        _model = null;
        var model = await View.BuildAsync(_query, cancellationToken);
        _withHoldings = [.. model.Funds.Where(f => f.Latest is not null)];
        _modelled = [.. model.Funds.Where(f => f.Days.AnyModelled).Select(f => f.Symbol)];
        _aum = FundsCharts.Aum(model, Options.Value.MaxPointsPerTrace);
        _shares = FundsCharts.Shares(model, Options.Value.MaxPointsPerTrace);
        _model = model;
        return model.Notices;
    }

    private Task OnSymbolsChangedAsync(IReadOnlyList<string> symbols)
    {
        Go((_query with { Symbols = symbols }).ToQuery());
        return Task.CompletedTask;
    }

    private string Csv(string table) => $"/export/{table}.csv?" + _query.ToQuery();

    private static string Percent(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
}
