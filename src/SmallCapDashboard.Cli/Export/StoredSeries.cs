using SmallCapDashboard.Analytics.Core;
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
