using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Flows;
using SmallCapDashboard.Web.Services.Overview;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary>
/// The overview: small vs large YTD and spread, IWM's distance from its high, 30-day flows of the main funds, the
/// latest signals and data freshness; each figure links to the page and view that explains it.
/// </summary>
public partial class Home : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private IReadOnlyList<QueryNotice> _notices = [];
    private OverviewModel? _model;
    private string? _error;

    [Inject]
    private NavigationManager Nav { get; set; } = default!;

    [Inject]
    private OverviewView View { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Nav.LocationChanged += OnLocationChanged;
        await LoadAsync();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        await LoadAsync();
        StateHasChanged();
    });

    private async Task LoadAsync()
    {
        // The overview has no window of its own; the shared parameters are accepted (and ignored) like on every page.
        PageQuery.Parse(Nav.Uri, out _notices);
        try
        {
            _model = await View.BuildAsync(_cts.Token);
            _error = null;
        }
        catch (ViewDataException e)
        {
            _model = null;
            _error = e.Message;
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pct(double? v) => v is { } x && double.IsFinite(x)
        ? (x >= 0 ? "+" : "−") + Math.Abs(x * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %"
        : "—";

    private static string Points(double? v) => v is { } x && double.IsFinite(x)
        ? (x >= 0 ? "+" : "−") + Math.Abs(x).ToString("0.00", CultureInfo.InvariantCulture) + " percentage points"
        : "—";

    private static string Money(double? v) => FlowFormat.Money(v);

    /// <inheritdoc />
    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        _cts.Cancel();
        _cts.Dispose();
    }
}
