namespace SmallCapDashboard.Data.Store;

/// <summary>Short links: a stored path and query behind a short id.</summary>
public interface ISavedViewStore
{
    /// <summary>
    /// Stores <paramref name="pathAndQuery"/> and returns its id: the same path always gives the same id, also when
    /// several requests (or instances) save it at once.
    /// </summary>
    /// <exception cref="ArgumentException">The path is not a <see cref="SavedViewStore.IsStorablePath">storable path</see>.</exception>
    Task<string> SaveAsync(string pathAndQuery, CancellationToken cancellationToken = default);

    /// <summary>The stored path and query, or null.</summary>
    Task<string?> FindAsync(string id, CancellationToken cancellationToken = default);
}
