using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Web.Hosting;

namespace SmallCapDashboard.Web.Services.Caching;

/// <summary>
/// The one cache policy of the web app (ADR 0005): every cached series, model and figure is keyed by the store's
/// <see cref="DataVersion"/>, so a commit by any process (an import, seed or sync here, the CLI, another instance on
/// PostgreSQL) makes the next read miss; "not found" (a null value) is cached under the version too and so never
/// outlives the next import. Nothing slides: each entry lives at most <see cref="DashboardOptions.CacheMinutes"/>
/// and the cache holds at most <see cref="DashboardOptions.CacheEntries"/> entries, so entries of older versions
/// age out. Concurrent callers of the same key share one computation (the prerender and the interactive render of a
/// page, twenty readers polling one CSV). The cache is private to this type (its own size-limited
/// <see cref="MemoryCache"/>), so no other user of <see cref="IMemoryCache"/> is bound by its size rule.
/// </summary>
public sealed class DataCache : IDisposable
{
    private readonly DataVersion _version;
    private readonly MemoryCache _cache;
    private readonly TimeSpan _lifetime;

    /// <summary>Creates the cache from the dashboard options.</summary>
    public DataCache(DataVersion version, IOptions<DashboardOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _version = version;
        _lifetime = TimeSpan.FromMinutes(options.Value.CacheMinutes);
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = options.Value.CacheEntries,
            CompactionPercentage = 0.25,
        });
    }

    /// <summary>The data version the next cached read is keyed by (one memoised read per second per process).</summary>
    public ValueTask<long> VersionAsync(CancellationToken cancellationToken = default) => _version.CurrentAsync(cancellationToken);

    /// <summary>
    /// The value cached for <paramref name="key"/> at the current data version, computed by <paramref name="compute"/>
    /// on a miss (once, however many callers ask at the same time). A failed computation is not cached.
    /// <paramref name="cancellationToken"/> cancels this caller's wait, never a computation others share.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        var version = await _version.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var full = $"{version}|{typeof(T).Name}|{key}";
        if (!_cache.TryGetValue(full, out Lazy<Task<T>>? entry) || entry is null)
        {
            var created = new Lazy<Task<T>>(() => compute(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
            using (var e = _cache.CreateEntry(full))
            {
                e.Value = created;
                e.Size = 1;
                e.AbsoluteExpirationRelativeToNow = _lifetime;
            }

            // Another caller may have stored its own entry a moment earlier: prefer whichever the cache holds now.
            entry = _cache.TryGetValue(full, out Lazy<Task<T>>? stored) && stored is not null ? stored : created;
        }

        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            _cache.Remove(full);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
