using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data;

namespace SmallCapDashboard.Cli.Export;

/// <summary>A symbol's stored daily bars in the price basis, with the total-return factor of each bar.</summary>
internal sealed record StoredBars(string Symbol, OhlcvBar[] Bars, double[] Factors)
{
    /// <summary>Session dates, ascending.</summary>
    public DateOnly[] Dates => Array.ConvertAll(Bars, b => b.Date);
}

/// <summary>One stored fund day (missing values null).</summary>
internal sealed record StoredFundDay(
    DateOnly Date, double? SharesOutstanding, double? Nav, double? NetFlow, double? Aum, string Source, bool Modelled);

/// <summary>Reads what the exports need, one context per call, refusing an unknown symbol with one line.</summary>
internal sealed class StoredSeries(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>All bars of <paramref name="symbol"/>, ascending; fails when the symbol is unknown or has no bars.</summary>
    public async Task<StoredBars> BarsAsync(string symbol, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var id = await InstrumentIdAsync(db, symbol, cancellationToken);
        var rows = await db.DailyBars.AsNoTracking()
            .Where(b => b.InstrumentId == id)
            .OrderBy(b => b.Date)
            .Select(b => new { b.Date, b.Open, b.High, b.Low, b.Close, b.Volume, b.TotalReturnFactor })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            throw new CliException($"Symbol '{symbol}' has no daily bars stored; import some with 'smallcap import bars <file> --symbol {symbol}'.");
        }

        var bars = new OhlcvBar[rows.Count];
        var factors = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            bars[i] = new OhlcvBar(r.Date, r.Open, r.High, r.Low, r.Close, r.Volume);
            factors[i] = r.TotalReturnFactor;
        }

        return new StoredBars(symbol, bars, factors);
    }

    /// <summary>All fund days of <paramref name="symbol"/>, ascending (empty when it has none); fails when the symbol is unknown.</summary>
    public async Task<IReadOnlyList<StoredFundDay>> FundDaysAsync(string symbol, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var id = await InstrumentIdAsync(db, symbol, cancellationToken);
        return await db.FundDays.AsNoTracking()
            .Where(f => f.InstrumentId == id)
            .OrderBy(f => f.Date)
            .Select(f => new StoredFundDay(f.Date, f.SharesOutstanding, f.Nav, f.NetFlow, f.Aum, f.Source, f.Modelled))
            .ToListAsync(cancellationToken);
    }

    private static async Task<int> InstrumentIdAsync(MarketDbContext db, string symbol, CancellationToken cancellationToken)
    {
        var id = await db.Instruments.AsNoTracking()
            .Where(i => i.Symbol == symbol)
            .Select(i => (int?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (id is { } found)
        {
            return found;
        }

        var known = await db.Instruments.AsNoTracking().OrderBy(i => i.Symbol).Select(i => i.Symbol).ToListAsync(cancellationToken);
        var list = known.Count == 0 ? "the database is empty; run 'smallcap seed'" : "known: " + string.Join(", ", known);
        throw new CliException($"Unknown symbol '{symbol}' ({list}).");
    }
}
