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
/// <c>/funds</c>: for each fund in the URL the latest holdings snapshot on or before the as-of date (its date shown),
/// sector weights side by side, top holdings, the change in sector weights against the snapshot before it, and AUM and
/// shares outstanding over the window (real and modelled drawn apart). The shared toolbar sets window and as-of (no
/// basis: AUM, shares and weights have none); every table has a CSV of the same view.
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

    private string AsOfText => _model?.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private string? FrozenPath => _model is null ? null
        : "/funds?" + (_query with { Window = _query.Window.Frozen(_model.Window) }).ToQuery();

    /// <summary>Why the snapshot table has no tables below it: no snapshot at all, or none up to the as-of date.</summary>
    private string NoHoldingsText => _model!.Funds.Any(f => f.Later.Count > 0)
        ? $"No holdings snapshot of {string.Join(", ", _query.Symbols)} on or before {AsOfText}; a later as-of date shows the newer ones listed above."
        : $"No holdings snapshot for {string.Join(", ", _query.Symbols)} yet: import an iShares fund workbook or holdings CSV, or a Direxion holdings CSV, and the sector weights appear here.";

    /// <inheritdoc />
    protected override string PagePath => "/funds";

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
        _query = FundsQuery.Parse(uri, out var notices);
        return notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        _available = [.. (await Cache.InstrumentsAsync(cancellationToken)).Select(i => i.Symbol)];
        _model = null;
        var figures = await View.FiguresAsync(_query, Options.Value.MaxPointsPerTrace, cancellationToken);
        var model = figures.Model;
        _withHoldings = [.. model.Funds.Where(f => f.Latest is not null)];
        _modelled = [.. model.Funds.Where(f => f.Days.AnyModelled).Select(f => f.Symbol)];
        (_aum, _shares) = (figures.Aum, figures.Shares);
        _model = model;
        return model.Notices;
    }

    private void Go(FundsQuery query) => Go(query.ToQuery());

    private Task OnWindowChangedAsync(ViewWindow window)
    {
        Go(_query with { Window = window });
        return Task.CompletedTask;
    }

    private Task OnSymbolsChangedAsync(IReadOnlyList<string> symbols)
    {
        Go(_query with { Symbols = symbols });
        return Task.CompletedTask;
    }

    private Task OnZoomAsync((DateOnly From, DateOnly To) range)
    {
        Go(_query with { Window = _query.Window.WithDates(range.From, range.To) });
        return Task.CompletedTask;
    }

    private string Csv(string table) => $"/export/{table}.csv?" + _query.ToQuery();

    private static string Percent(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
}
