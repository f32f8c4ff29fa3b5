using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// What the exports read, through the store's read services (full history: exports cut to the window only after
/// computing). An unknown symbol, or one without bars, fails with one line that lists the known symbols.
/// </summary>
internal sealed class StoredSeries(BarReader bars, FundDayReader fundDays, InstrumentCatalog catalog)
{
    public StoredSeries(CliServices store)
        : this(store.Get<BarReader>(), store.Get<FundDayReader>(), store.Get<InstrumentCatalog>())
    {
    }

    /// <summary>All bars of <paramref name="symbol"/> in <paramref name="basis"/>, ascending.</summary>
    public async Task<BarSeries> BarsAsync(string symbol, PriceBasis basis, CancellationToken cancellationToken)
    {
        var series = await bars.ReadAsync(symbol, basis, cancellationToken: cancellationToken)
            ?? throw await UnknownAsync(symbol, cancellationToken);
        if (series.Count == 0)
        {
            throw new CliException($"Symbol '{symbol}' has no daily bars stored; import some with 'smallcap import bars <file> --symbol {symbol}'.");
        }

        return series;
    }

    /// <summary>
    /// Closes of <paramref name="symbol"/> in <paramref name="basis"/>; a ratio symbol such as <c>IWM:SPY</c> gives
    /// the raw ratio of the two closes on the dates both share (as StockCharts draws it).
    /// </summary>
    public async Task<DatedSeries> ClosesAsync(string symbol, PriceBasis basis, CancellationToken cancellationToken)
    {
        var parts = symbol.Split(':');
        if (parts.Length == 1)
        {
            return (await BarsAsync(symbol, basis, cancellationToken)).Closes();
        }

        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new CliException($"Symbol '{symbol}' is neither a symbol nor a ratio of two (e.g. IWM:SPY).");
        }

        var ratio = RelativeStrength.RatioSeries(
            (await BarsAsync(parts[0], basis, cancellationToken)).Closes(),
            (await BarsAsync(parts[1], basis, cancellationToken)).Closes());
        return ratio.Count > 0 ? ratio : throw new CliException($"{parts[0]} and {parts[1]} share no dates; '{symbol}' is empty.");
    }

    /// <summary>All fund days of <paramref name="symbol"/>, real and modelled, ascending (possibly none).</summary>
    public async Task<FundDaySeries> FundDaysAsync(string symbol, CancellationToken cancellationToken) =>
        await fundDays.ReadAsync(symbol, includeModelled: true, cancellationToken: cancellationToken)
            ?? throw await UnknownAsync(symbol, cancellationToken);

    private async Task<CliException> UnknownAsync(string symbol, CancellationToken cancellationToken)
    {
        var known = await catalog.ListAsync(cancellationToken);
        var list = known.Count == 0
            ? "the database is empty; run 'smallcap seed'"
            : "known: " + string.Join(", ", known.Select(i => i.Symbol));
        return new CliException($"Unknown symbol '{symbol}' ({list}).");
    }
}
