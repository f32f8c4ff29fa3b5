using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SmallCapDashboard.Data.Changes;

/// <summary>
/// Called by every write path (import, seed, sync) after its commit: moves this process's <see cref="DataVersion"/>
/// forward and tells each <see cref="IDataChangeListener"/>, one after the other. A failing listener is logged.
/// </summary>
public sealed class DataChangeNotifier(DataVersion version, IEnumerable<IDataChangeListener> listeners, ILogger<DataChangeNotifier>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DataChangeNotifier>.Instance;

    /// <summary>Announces a committed change.</summary>
    public async Task NotifyAsync(DataChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        version.Observe(change.Version);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnDataChangedAsync(change, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Data-change listener {Listener} failed for version {Version}", listener.GetType().Name, change.Version);
            }
        }
    }
}
