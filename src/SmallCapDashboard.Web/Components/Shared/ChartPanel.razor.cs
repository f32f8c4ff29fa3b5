using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.JSInterop;
using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// Draws a <see cref="ChartFigure"/> with plotly.js through <c>assets/js/charts.js</c> (interop only after the first
/// render; numbers sent as one byte array; later figures update the same plot in place), offers CSV (a link to the
/// page's export endpoint) and PNG export and a table view, and reports zooms as a date range.
/// </summary>
public partial class ChartPanel
{
    private ElementReference _host;
    private IJSObjectReference? _module;
    private DotNetObjectReference<ChartPanel>? _self;
    private ChartFigure? _shown;
    private bool _shownDark;
    private ChartFigure? _drawn;
    private bool _drawnDark;
    private bool _showTable;
    private int _revision;
    private bool _disposed;
    private ChartFigure? _parameter;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The figure (null while loading).</summary>
    [Parameter, EditorRequired]
    public ChartFigure? Figure { get; set; }

    /// <summary>Base name of downloaded files and the chart's test id.</summary>
    [Parameter, EditorRequired]
    public string FileName { get; set; } = "chart";

    /// <summary>The CSV export URL (the page's own query), or null for none.</summary>
    [Parameter]
    public string? CsvHref { get; set; }

    /// <summary>Why the chart is empty, when it is and its figure's <see cref="ChartFigure.Coverage"/> does not say.</summary>
    [Parameter]
    public string? EmptyMessage { get; set; }

    /// <summary>
    /// Carry the figure in the prerendered page (the page's first chart), so charts.js draws it as soon as plotly.js
    /// has loaded, while the circuit starts; the live render then adopts the drawn plot instead of drawing again.
    /// </summary>
    [Parameter]
    public bool Prerender { get; set; }

    /// <summary>Raised when the user zooms the x-axis (the page writes from/to into the URL).</summary>
    [Parameter]
    public EventCallback<(DateOnly From, DateOnly To)> OnZoom { get; set; }

    /// <summary>Candles need the full plotly.js bundle; every other chart loads the basic one (a quarter of the size).</summary>
    private bool HasCandles => Figure is not null && Figure.Traces.Any(t => t.Kind == TraceKind.Candles);

    /// <summary>The plot's height: the placeholder holds it before the chart draws, so nothing moves.</summary>
    private int Height => Figure is null ? 250 : PlotlyFigure.Height(Figure);

    [CascadingParameter(Name = "DarkMode")]
    private bool Dark { get; set; }

    private PlotlySpec? _prerender;

    /// <summary>The server-drawn picture of the prerendered first chart (null once the page runs interactively).</summary>
    private string? _static;

    /// <summary>The request while the page is prerendered (null once it runs interactively).</summary>
    [CascadingParameter]
    private HttpContext? Request { get; set; }

    // Base64url: no character the HTML encoder escapes ('+' is always escaped), so the prerendered attribute is written
    // as it is, without renting an encoding buffer of the payload's size (half a megabyte on /indicators) that the
    // shared array pool then keeps.
    private string? PrerenderPayload => _prerender is null ? null : System.Buffers.Text.Base64Url.EncodeToString(_prerender.Payload);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        var hostWasShown = _parameter is not { ShowsNothing: true } && !_showTable;
        _parameter = Figure;
        if (Figure is not null && (!ReferenceEquals(Figure, _shown) || Dark != _shownDark))
        {
            _shown = Figure;
            _shownDark = Dark;
            _revision++;
        }

        _prerender = Prerender && Request is not null && Figure is { ShowsNothing: false } f && !_showTable ? PlotlyFigure.Spec(f, Dark) : null;
        _static = _prerender is null ? null : StaticChart.For(Figure!, Dark);

        // A new figure for a plot already drawn in a shown host (a range change): send the draw now, ahead of the render
        // batch, instead of after the browser has acknowledged that batch (OnAfterRenderAsync), which is a round trip
        // later. The host element is the same one (only its attributes change), and charts.js runs draws in the order
        // they arrive, a newer one for the same plot superseding a pending older one.
        if (_module is not null && _drawn is not null && hostWasShown && NeedsDraw())
        {
            _ = DrawEarlyAsync();
        }
    }

    /// <inheritdoc />
    protected override Task OnAfterRenderAsync(bool firstRender) => NeedsDraw() ? DrawAsync() : Task.CompletedTask;

    private bool NeedsDraw() =>
        !_disposed && !_showTable && _shown is { ShowsNothing: false } figure && !(ReferenceEquals(figure, _drawn) && _drawnDark == _shownDark);

    private async Task DrawAsync()
    {
        var figure = _shown!;
        var dark = _shownDark;
        var spec = PlotlyFigure.Spec(figure, dark);
        _drawn = figure;
        _drawnDark = dark;
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "/assets/js/charts.js");
            _self ??= DotNetObjectReference.Create(this);
            await _module.InvokeAsync<bool>("draw", _host, spec.Json, spec.Payload, HasCandles, OnZoom.HasDelegate ? _self : null);
        }
        catch (JSDisconnectedException)
        {
            // The circuit closed while drawing.
        }
        catch (TaskCanceledException)
        {
            // The page went away while drawing.
        }
    }

    private async Task DrawEarlyAsync()
    {
        try
        {
            await DrawAsync();
        }
        catch (JSException e)
        {
            // Not awaited by the renderer: hand the failure to the panel's error boundary as a failed render would be.
            await DispatchExceptionAsync(e);
        }
    }

    /// <summary>Called by charts.js with the x-range of a relayout (a user zoom reports both ends).</summary>
    [JSInvokable]
    public Task OnZoomed(string from, string to)
    {
        if (TryReadRange(from, to, out var f, out var t) && _shown is { } shown && IsNarrowing(shown, f, t))
        {
            return InvokeAsync(() => OnZoom.InvokeAsync((f, t)));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the x-range of a user zoom: Plotly reports <c>xaxis.range[0]</c> and <c>xaxis.range[1]</c> as date
    /// strings (<c>2020-03-02 10:00:00.000</c>); anything else is not a zoom.
    /// </summary>
    internal static bool TryReadRange(string? a, string? b, out DateOnly from, out DateOnly to)
    {
        from = default;
        to = default;
        return TryDate(a, out from) && TryDate(b, out to) && from <= to;
    }

    /// <summary>
    /// True when [from, to] cuts into the figure's data; a range that still covers all of it is Plotly re-fitting
    /// the axis after a redraw (with its padding), not a zoom.
    /// </summary>
    internal static bool IsNarrowing(ChartFigure figure, DateOnly from, DateOnly to)
    {
        DateOnly? first = null, last = null;
        foreach (var t in figure.Traces)
        {
            if (t.X.Length == 0)
            {
                continue;
            }

            first = first is { } f && f <= t.X[0] ? f : t.X[0];
            last = last is { } l && l >= t.X[^1] ? l : t.X[^1];
        }

        return first is { } a && last is { } b && (from > a || to < b);
    }

    private static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private async Task DownloadPngAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "/assets/js/charts.js");
            await _module.InvokeAsync<bool>("downloadPng", _host, FileName);
        }
        catch (JSException)
        {
            // The chart has not drawn yet; the button stays usable and works once it has.
        }
    }

    private void ToggleTable() => _showTable = !_showTable;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("purge", _host);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; the browser dropped the plot with the page.
            }
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
