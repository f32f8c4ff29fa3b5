using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Queries;

/// <summary>The instruments in the store (symbols and metadata). One context per call.</summary>
public sealed class InstrumentCatalog(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>Every instrument, ordered by symbol.</summary>
    public async Task<IReadOnlyList<InstrumentInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var list = await db.Instruments.AsNoTracking()
            .OrderBy(i => i.Symbol)
            .Select(i => new InstrumentInfo(i.Id, i.Symbol, i.Name, i.Kind, i.Leverage, i.Benchmark, i.SizeGroup, i.Issuer))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <summary>The instrument with this symbol (case-insensitive), or null.</summary>
    public async Task<InstrumentInfo?> FindAsync(string symbol, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var key = symbol.Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Instruments.AsNoTracking()
            .Where(i => i.Symbol == key)
            .Select(i => new InstrumentInfo(i.Id, i.Symbol, i.Name, i.Kind, i.Leverage, i.Benchmark, i.SizeGroup, i.Issuer))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
