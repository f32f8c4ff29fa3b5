namespace SmallCapDashboard.Data.Changes;

/// <summary>
/// Told after every committed import, seed and sync in this process (alert evaluation, cache warm-up). Register with
/// <c>services.AddSingleton&lt;IDataChangeListener, T&gt;()</c>. A listener that throws is logged and never undoes the write.
/// Other processes learn of the change through <see cref="DataVersion"/>.
/// </summary>
public interface IDataChangeListener
{
    /// <summary>Called once per committed change, after the commit.</summary>
    Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken);
}
