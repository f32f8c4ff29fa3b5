using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Components;

/// <summary>
/// Base of a page whose state lives in the URL: parses the query on load and on every navigation to the same
/// page (back/forward included), reloads its view with cancellation of the previous load, and navigates when a
/// control changes so the browser history walks the views.
/// </summary>
public abstract class QueryPage : ComponentBase, IDisposable
{
    private CancellationTokenSource? _load;
    private string? _shown;
    private string? _navigateAfterRender;
    private bool _disposed;

    /// <summary>Navigation.</summary>
    [Inject]
    protected NavigationManager Nav { get; set; } = default!;

    /// <summary>Computes the other range presets' views in the background (interactive pages only).</summary>
    [Inject]
    private RangePrefetch Prefetch { get; set; } = default!;

    /// <summary>Notices about the URL (parse and load).</summary>
    protected IReadOnlyList<QueryNotice> Notices { get; private set; } = [];

    /// <summary>True while the view loads.</summary>
    protected bool Loading { get; private set; }

    /// <summary>Why the view could not be built, if it could not.</summary>
    protected string? Error { get; private set; }

    /// <summary>The page's path, e.g. <c>/spread</c>.</summary>
    protected abstract string PagePath { get; }

    /// <summary>Parses <paramref name="uri"/> into the page's query; returns the notices.</summary>
    protected abstract IReadOnlyList<QueryNotice> Parse(string uri);

    /// <summary>Builds the view for the parsed query; returns notices found while loading (e.g. unknown symbols).</summary>
    protected abstract Task<IReadOnlyList<QueryNotice>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The window the loaded view shows and a way to compute the page's view for another window into the cache (the
    /// same call the page's load makes, with the query as it is now); null for a page without range presets.
    /// </summary>
    protected virtual (ViewWindow Window, Func<ViewWindow, CancellationToken, Task> View)? Prefetchable => null;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Nav.LocationChanged += OnLocationChanged;
        _shown = Normalize(Nav.Uri);
        await RefreshAsync(Nav.Uri);
    }

    /// <summary>
    /// Navigates to this page with <paramref name="query"/> (a new history entry) and loads that view at once: on the
    /// server, NavigateTo only asks the browser to change its URL, and waiting for the browser to report the change
    /// back would add a round trip before every redraw. The URL is asked for once this event's render is done: with
    /// the view cached, the charts' draw calls (sent while the page renders) then reach the browser before the history
    /// entry, whose handling there (pushState, the report back) had held every redraw by 5–15 ms.
    /// </summary>
    protected void Go(string query)
    {
        var url = query.Length == 0 ? PagePath : PagePath + "?" + query;
        var uri = Nav.ToAbsoluteUri(url).ToString();
        _shown = Normalize(uri);
        _ = InvokeAsync(async () =>
        {
            await RefreshAsync(uri);
            StateHasChanged();
        });
        _navigateAfterRender = url;
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (_navigateAfterRender is { } url)
        {
            _navigateAfterRender = null;
            Nav.NavigateTo(url);
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var path = new Uri(e.Location).AbsolutePath;
        if (_disposed || !string.Equals(path, PagePath, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (Normalize(e.Location) == _shown)
        {
            // The browser confirming a Go: the view is loading or loaded already; only the URL-derived parts re-render.
            _ = InvokeAsync(StateHasChanged);
            return;
        }

        _shown = Normalize(e.Location);
        _ = InvokeAsync(async () =>
        {
            await RefreshAsync(e.Location);
            StateHasChanged();
        });
    }

    private static string Normalize(string uri) => Uri.UnescapeDataString(uri);

    private async Task RefreshAsync(string uri)
    {
        var parseNotices = Parse(uri);
        Notices = parseNotices;
        if (_load is not null)
        {
            await _load.CancelAsync();
            _load.Dispose();
        }

        _load = new CancellationTokenSource();
        var token = _load.Token;
        Loading = true;
        Error = null;
        try
        {
            var loadNotices = await LoadAsync(token);
            if (loadNotices.Count > 0)
            {
                Notices = [.. parseNotices, .. loadNotices];
            }

            if (RendererInfo.IsInteractive && Prefetchable is var (window, view))
            {
                // The presets a user may pick next, computed while they look at this one; the next load cancels them.
                _ = Task.Run(() => Prefetch.RunAsync(PagePath, window, w => view(w, token), token), CancellationToken.None);
            }
        }
        catch (ViewDataException e)
        {
            Error = e.Message;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            if (!token.IsCancellationRequested)
            {
                Loading = false;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        Nav.LocationChanged -= OnLocationChanged;
        _load?.Cancel();
        _load?.Dispose();
        GC.SuppressFinalize(this);
    }
}
