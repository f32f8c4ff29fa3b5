namespace SmallCapDashboard.Web.Services.Store;

/// <summary>Short links: a stored path and query behind a short id.</summary>
public interface ISavedViewStore
{
    /// <summary>Stores <paramref name="pathAndQuery"/> and returns its id (the same id for the same query).</summary>
    Task<string> SaveAsync(string pathAndQuery, CancellationToken cancellationToken = default);

    /// <summary>The stored path and query, or null.</summary>
    Task<string?> FindAsync(string id, CancellationToken cancellationToken = default);
}
