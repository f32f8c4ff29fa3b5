using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Interop;
using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// Draws a <see cref="ChartFigure"/> with Plotly (interop only after the first render), offers CSV (a link to the
/// page's export endpoint) and PNG export and a table view, and reports zooms as a date range.
/// </summary>
public partial class ChartPanel
{
    private readonly string _id = "chart-" + Guid.NewGuid().ToString("N")[..10];
    private PlotlyChart? _chart;
    private IList<ITrace> _data = [];
    private Plotly.Blazor.Layout _layout = new();
    private Config _config = new();
    private ChartFigure? _shown;
    private bool _shownDark;
    private bool _rendered;
    private bool _pendingReact;
    private bool _showTable;
    private int _revision;

    /// <summary>The figure (null while loading).</summary>
    [Parameter, EditorRequired]
    public ChartFigure? Figure { get; set; }

    /// <summary>Base name of downloaded files and the chart's test id.</summary>
    [Parameter, EditorRequired]
    public string FileName { get; set; } = "chart";

    /// <summary>The CSV export URL (the page's own query), or null for none.</summary>
    [Parameter]
    public string? CsvHref { get; set; }

    /// <summary>Why the chart is empty, when it is.</summary>
    [Parameter]
    public string? EmptyMessage { get; set; }

    /// <summary>Raised when the user zooms the x-axis (the page writes from/to into the URL).</summary>
    [Parameter]
    public EventCallback<(DateOnly From, DateOnly To)> OnZoom { get; set; }

    /// <summary>Candles need the full plotly.js bundle; every other chart loads the basic one (a quarter of the size).</summary>
    private bool HasCandles => Figure is not null && Figure.Traces.Any(t => t.Kind == TraceKind.Candles);

    [CascadingParameter(Name = "DarkMode")]
    private bool Dark { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (Figure is null || (ReferenceEquals(Figure, _shown) && Dark == _shownDark))
        {
            return;
        }

        _shown = Figure;
        _shownDark = Dark;
        _data = PlotlyFigure.Data(Figure);
        _layout = PlotlyFigure.Layout(Figure, Dark);
        _config = PlotlyFigure.Config(FileName);
        _revision++;
        _pendingReact = _rendered;
        await Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_pendingReact && _chart is not null)
        {
            _pendingReact = false;
            await _chart.React();
        }
    }

    private void OnChartRendered()
    {
        if (_rendered)
        {
            return;
        }

        _rendered = true;
        if (_chart is not null && OnZoom.HasDelegate)
        {
            _ = SubscribeAsync(_chart);
        }
    }

    private static async Task SubscribeAsync(PlotlyChart chart)
    {
        try
        {
            await chart.SubscribeRelayoutEvent();
        }
        catch (Microsoft.JSInterop.JSException)
        {
            // Zoom-to-URL is a convenience; the chart works without it.
        }
        catch (Microsoft.JSInterop.JSDisconnectedException)
        {
            // The circuit closed before the subscription finished.
        }
    }

    private void OnRelayout(RelayoutEventData data)
    {
        if (TryReadRange(data, out var from, out var to) && _shown is { } shown && IsNarrowing(shown, from, to))
        {
            _ = InvokeAsync(() => OnZoom.InvokeAsync((from, to)));
        }
    }

    /// <summary>
    /// Reads the x-range of a user zoom: Plotly reports it as <c>xaxis.range[0]</c> and <c>xaxis.range[1]</c>. Other
    /// relayout events (autorange after a redraw, resizes, a layout object with the current range) are ignored.
    /// </summary>
    internal static bool TryReadRange(RelayoutEventData data, out DateOnly from, out DateOnly to)
    {
        from = default;
        to = default;
        return data.RawData is { } raw
            && raw.TryGetValue("xaxis.range[0]", out var a) && raw.TryGetValue("xaxis.range[1]", out var b)
            && TryDate(a, out from) && TryDate(b, out to) && from <= to;
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

    private static bool TryDate(object? value, out DateOnly date)
    {
        var text = value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            string s => s,
            _ => null,
        };
        date = default;
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private async Task DownloadPngAsync()
    {
        if (_chart is not null)
        {
            await _chart.DownloadImage(ImageFormat.Png, 700, 1200, FileName);
        }
    }

    private void ToggleTable() => _showTable = !_showTable;
}
