using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Services.Caching;

namespace SmallCapDashboard.Web.Services;

/// <summary>
/// The store's series as the pages read them, through the one <see cref="DataCache"/>: whole price-basis histories
/// per symbol (views convert to the total basis anchored at their as-of, <see cref="BarSeries.InBasis"/>), fund days
/// per symbol and the catalogue, each cached under the current data version (a click re-slices cached arrays instead
/// of re-reading the database; a new import is read once, on the first request after it).
/// </summary>
public sealed class SeriesCache(BarReader bars, FundDayReader fundDays, InstrumentCatalog catalog, DataCache cache)
{
    /// <summary>All bars of a symbol in the price basis (with factors), or null when the symbol is unknown or has no bars.</summary>
    public Task<BarSeries?> BarsAsync(string symbol, CancellationToken cancellationToken = default) =>
        cache.GetAsync("bars:" + symbol.ToUpperInvariant(), async ct =>
        {
            var series = await bars.ReadAsync(symbol, cancellationToken: ct);
            return series is { Count: > 0 } ? series : null;
        }, cancellationToken);

    /// <summary>A fund's whole stored flow history (null when the symbol is unknown).</summary>
    public Task<FundDaySeries?> FundDaysAsync(string symbol, bool includeModelled, CancellationToken cancellationToken = default) =>
        cache.GetAsync($"funddays:{symbol.ToUpperInvariant()}:{includeModelled}",
            ct => fundDays.ReadAsync(symbol, includeModelled, cancellationToken: ct), cancellationToken);

    /// <summary>
    /// The coverage of a price chart over a resolved window: what it draws and the stored bar dates of
    /// <paramref name="symbols"/> (a leg of a ratio symbol <c>A:B</c> by its own bars), for the chart's EmptyState.
    /// </summary>
    public async Task<Charts.ChartCoverage> PriceCoverageAsync(
        string what, Analytics.Performance.ResolvedWindow window, Url.ViewWindow asked, IReadOnlyList<string> symbols, CancellationToken cancellationToken = default)
    {
        var stored = new List<Charts.StoredRange?>(symbols.Count);
        foreach (var symbol in symbols.SelectMany(s => s.Split(':', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            stored.Add(await BarsAsync(symbol, cancellationToken) is { } b ? Charts.StoredRange.Of(b.Symbol, b.Dates) : null);
        }

        return Charts.ChartCoverage.Of(what, window, asked, symbols, stored);
    }

    /// <summary>The catalogue.</summary>
    public Task<IReadOnlyList<InstrumentInfo>> InstrumentsAsync(CancellationToken cancellationToken = default) =>
        cache.GetAsync("instruments", catalog.ListAsync, cancellationToken);
}
