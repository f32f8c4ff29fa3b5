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
        if (TryReadRange(data, out var from, out var to))
        {
            _ = InvokeAsync(() => OnZoom.InvokeAsync((from, to)));
        }
    }

    /// <summary>Reads the x-range of a relayout event (null when the event is not an x zoom, e.g. autoscale).</summary>
    internal static bool TryReadRange(RelayoutEventData data, out DateOnly from, out DateOnly to)
    {
        from = default;
        to = default;
        object?[]? range = data.XRange;
        if ((range is null || range.Length < 2) && data.RawData is { } raw
            && raw.TryGetValue("xaxis.range[0]", out var a) && raw.TryGetValue("xaxis.range[1]", out var b))
        {
            range = [a, b];
        }

        return range is { Length: >= 2 } && TryDate(range[0], out from) && TryDate(range[1], out to) && from <= to;
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
