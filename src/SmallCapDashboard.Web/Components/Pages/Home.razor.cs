using System.Globalization;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Flows;
using SmallCapDashboard.Web.Services.Overview;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary>
/// The overview: where each small and large fund stands (distance from its 50- and 200-day averages, RSI(14) and
/// regime, the window's return, high and low, the latest crosses), small vs large YTD and spread, IWM's distance
/// from its high, 30-day flows of the main funds, the latest signals and data freshness, with its own range and
/// as-of (<c>/?range=3y&amp;asof=2017-08-17</c>); each figure links to the page and view that explains it.
/// </summary>
public partial class Home
{
    private ViewWindow _window = OverviewView.DefaultWindow;
    private OverviewModel? _model;

    [Inject]
    private OverviewView View { get; set; } = default!;

    /// <inheritdoc />
    protected override string PagePath => "/";

    private string RangeName => _window.IsCustom ? "Window" : PeriodReturns.Label(_window.Range ?? Period.Ytd);

    /// <inheritdoc />
    protected override (ViewWindow Window, Func<ViewWindow, CancellationToken, Task> View)? Prefetchable =>
        (_window, (w, ct) => View.BuildAsync(w, ct));

    /// <inheritdoc />
    protected override IReadOnlyList<QueryNotice> Parse(string uri)
    {
        var reader = QueryReader.FromUri(uri);
        _window = ViewWindow.Read(reader, Period.Ytd);
        reader.ReportUnknown();
        return reader.Notices;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            _model = await View.BuildAsync(_window, cancellationToken);
        }
        catch (ViewDataException)
        {
            _model = null;
            throw;
        }

        return _model.Notices;
    }

    private void OnWindowChanged(ViewWindow window)
    {
        var w = new QueryWriter();
        window.Write(w);
        Go(w.ToString());
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pct(double? v) => v is { } x && double.IsFinite(x)
        ? (x >= 0 ? "+" : "−") + Math.Abs(x * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %"
        : "—";

    private static string Points(double? v) => v is { } x && double.IsFinite(x)
        ? (x >= 0 ? "+" : "−") + Math.Abs(x).ToString("0.00", CultureInfo.InvariantCulture) + " percentage points"
        : "—";

    private static string Money(double? v) => FlowFormat.Money(v);

    private static string Above(string symbol, double? distance, int period) => distance is { } d
        ? $"{symbol} {Math.Abs(d * 100).ToString("0.0", CultureInfo.InvariantCulture)} % {(d >= 0 ? "above" : "below")} its {period}-day average"
        : $"fewer than {period} sessions";

    private static string Regime(RsiRegime regime) => regime switch
    {
        RsiRegime.Upper => "upper half",
        RsiRegime.Lower => "lower half",
        _ => "no regime yet",
    };

    private RenderFragment Cross(string symbol, CrossEvent? cross, int fast, int slow) => builder =>
    {
        if (cross is not { } c || _model is null)
        {
            builder.AddContent(0, "none");
            return;
        }

        // A plain link in MudLink's classes (a MudLink per cell would be two components per readout row per circuit).
        builder.OpenElement(1, "a");
        builder.AddAttribute(2, "href", OverviewLinks.Indicators(symbol, [fast, slow], c.Date, _model.AsOf));
        builder.AddAttribute(3, "class", "mud-typography mud-link mud-primary-text mud-link-underline-hover");
        builder.OpenElement(4, "span");
        builder.AddAttribute(5, "class", "nowrap");
        builder.AddContent(6, (c.Type == CrossType.Golden ? "golden " : "death ") + Day(c.Date));
        builder.CloseElement();
        builder.CloseElement();
    };
}
