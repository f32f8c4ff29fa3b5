using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Hosting;

namespace SmallCapDashboard.Web.Services;

/// <summary>
/// Per-instance memory cache of whole series, keyed by symbol + basis, loaded through the store's
/// <see cref="BarReader"/>: a click re-slices cached arrays instead of re-reading the database.
/// Also caches the catalogue (one minute) and derived values keyed by the caller.
/// </summary>
public sealed class SeriesCache(BarReader bars, InstrumentCatalog catalog, IMemoryCache cache, IOptions<DashboardOptions> options)
{
    private readonly TimeSpan _sliding = TimeSpan.FromMinutes(options.Value.SeriesCacheMinutes);

    /// <summary>All bars of a symbol in a basis, or null when the symbol is unknown or has no bars.</summary>
    public async Task<BarSeries?> BarsAsync(string symbol, PriceBasis basis, CancellationToken cancellationToken = default)
    {
        var key = $"bars:{symbol}:{basis}";
        if (cache.TryGetValue(key, out BarSeries? hit))
        {
            return hit;
        }

        var series = await bars.ReadAsync(symbol, basis, cancellationToken: cancellationToken);
        if (series is { Count: 0 })
        {
            series = null;
        }

        cache.Set(key, series, new MemoryCacheEntryOptions { SlidingExpiration = series is null ? TimeSpan.FromSeconds(30) : _sliding });
        return series;
    }

    /// <summary>The catalogue, cached for a minute so new imports appear soon.</summary>
    public async Task<IReadOnlyList<InstrumentInfo>> InstrumentsAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue("instruments", out IReadOnlyList<InstrumentInfo>? hit) && hit is not null)
        {
            return hit;
        }

        var list = await catalog.ListAsync(cancellationToken);
        cache.Set("instruments", list, TimeSpan.FromMinutes(1));
        return list;
    }

    /// <summary>
    /// A view model for one query, shared by every circuit and request that asks for the same query within
    /// <paramref name="lifetime"/> (the prerender and the interactive render of a page view compute it once).
    /// </summary>
    public async Task<T> ViewAsync<T>(string key, TimeSpan lifetime, Func<Task<T>> compute)
        where T : class
    {
        if (cache.TryGetValue("view:" + key, out T? hit) && hit is not null)
        {
            return hit;
        }

        var value = await compute();
        cache.Set("view:" + key, value, lifetime);
        return value;
    }

    /// <summary>A value derived from cached series, computed once per key and kept as long as the series.</summary>
    public T Derived<T>(string key, Func<T> compute)
        where T : class
    {
        if (cache.TryGetValue("derived:" + key, out T? hit) && hit is not null)
        {
            return hit;
        }

        var value = compute();
        cache.Set("derived:" + key, value, new MemoryCacheEntryOptions { SlidingExpiration = _sliding });
        return value;
    }
}
