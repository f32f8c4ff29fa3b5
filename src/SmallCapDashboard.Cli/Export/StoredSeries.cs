using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Views;

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
    /// Closes of <paramref name="symbol"/> in <paramref name="basis"/> (Data's <see cref="SymbolSeries"/>, as
    /// <c>/indicators</c> reads them); a ratio symbol such as <c>IWM:SPY</c> gives the ratio of the two closes on the
    /// dates both share. The total basis is anchored at each leg's last stored session.
    /// </summary>
    public async Task<DatedSeries> ClosesAsync(string symbol, PriceBasis basis, CancellationToken cancellationToken)
    {
        if (!SymbolSeries.TryParse(symbol, out var numerator, out var denominator))
        {
            throw new CliException($"Symbol '{symbol}' is neither a symbol nor a ratio of two (e.g. IWM:SPY).");
        }

        var series = await SymbolSeries.LoadAsync(symbol, (leg, _) => BarsAsync(leg, PriceBasis.Price, cancellationToken));
        var bars = series.InBasis(basis, asOf: null);
        return bars.Dates.Length > 0 || denominator is null
            ? new DatedSeries(bars.Dates, bars.Close)
            : throw new CliException($"{numerator} and {denominator} share no dates; '{symbol}' is empty.");
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
