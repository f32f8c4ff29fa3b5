using System.Diagnostics;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Caching;

/// <summary>
/// Computes the views of a page's other range presets into the <see cref="DataCache"/> in the background once the page
/// has shown its own, so the preset a user picks next redraws without the server computing it first (ADR 0017). One
/// view at a time across the process, after a pause that leaves the page's own draws the machine, and never for a
/// page that has moved on (a new load or a closed circuit cancels the rest).
/// </summary>
public sealed class RangePrefetch(ILogger<RangePrefetch> logger)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>How long after the page's own view the first preset is computed.</summary>
    public TimeSpan Pause { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// The windows a page showing <paramref name="current"/> prefetches: each preset other than the one shown, with the
    /// page's as-of and basis (a custom from/to window gets every preset).
    /// </summary>
    public static IEnumerable<ViewWindow> Neighbours(ViewWindow current) =>
        Periods.All.Where(p => current.IsCustom || current.Range != p).Select(current.WithRange);

    /// <summary>
    /// Computes <paramref name="view"/> for each of <see cref="Neighbours"/>, one after another; a failure (a window
    /// without data, say) skips that window. <paramref name="cancellationToken"/> stops the rest.
    /// </summary>
    public async Task RunAsync(string page, ViewWindow current, Func<ViewWindow, Task> view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        try
        {
            await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            foreach (var window in Neighbours(current))
            {
                await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await view(window).ConfigureAwait(false);
                    logger.LogDebug("Prefetched {Page} {Range} in {Ms:0} ms", page, RangeTokens.ToToken(window.Range!.Value), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogDebug("Prefetch of {Page} {Range} skipped: {Reason}", page, RangeTokens.ToToken(window.Range!.Value), e.Message);
                }
                finally
                {
                    _one.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page loaded another view or closed.
        }
    }
}
