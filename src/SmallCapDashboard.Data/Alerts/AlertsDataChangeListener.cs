using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SmallCapDashboard.Data.Changes;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>Runs an alert check after every committed import, seed and sync of this process.</summary>
internal sealed class AlertsDataChangeListener(AlertChecker checker, ILogger<AlertsDataChangeListener>? logger = null) : IDataChangeListener
{
    private readonly ILogger _logger = logger ?? NullLogger<AlertsDataChangeListener>.Instance;

    public async Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken)
    {
        var result = await checker.CheckAsync(cancellationToken);
        if (result.NewEvents.Count > 0 || result.Deliveries.Count > 0)
        {
            _logger.LogInformation(
                "Alerts after {Kind} (version {Version}): {Events} new events, {Delivered}/{Deliveries} deliveries",
                change.Kind, change.Version, result.NewEvents.Count, result.Deliveries.Count(d => d.Delivered), result.Deliveries.Count);
        }
    }
}
