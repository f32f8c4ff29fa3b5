using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Queries;

/// <summary>Reads a symbol's stored bars as arrays, in the price or total basis. One context per call.</summary>
public sealed class BarReader(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>
    /// The bars of <paramref name="symbol"/> in <paramref name="basis"/>, optionally limited to [from, to]
    /// (indicators should read the full history and cut afterwards). The total basis is anchored at
    /// <paramref name="asOf"/> (the last bar on or before it), or at the last bar read when null — see
    /// <see cref="BarSeries.InBasis"/>. Null when the symbol is unknown.
    /// </summary>
    public async Task<BarSeries?> ReadAsync(
        string symbol,
        PriceBasis basis = PriceBasis.Price,
        DateOnly? from = null,
        DateOnly? to = null,
        DateOnly? asOf = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var key = symbol.Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var instrument = await db.Instruments.AsNoTracking().Where(i => i.Symbol == key)
            .Select(i => new { i.Id, i.Symbol }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (instrument is null)
        {
            return null;
        }

        var query = db.DailyBars.AsNoTracking().Where(b => b.InstrumentId == instrument.Id);
        if (from is { } f)
        {
            query = query.Where(b => b.Date >= f);
        }

        if (to is { } t)
        {
            query = query.Where(b => b.Date <= t);
        }

        var rows = await query.OrderBy(b => b.Date)
            .Select(b => new { b.Date, b.Open, b.High, b.Low, b.Close, b.Volume, b.TotalReturnFactor })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var n = rows.Count;
        var dates = new DateOnly[n];
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n];
        double[] volume = new double[n], factor = new double[n];
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            dates[i] = r.Date;
            open[i] = r.Open;
            high[i] = r.High;
            low[i] = r.Low;
            close[i] = r.Close;
            volume[i] = r.Volume;
            factor[i] = r.TotalReturnFactor;
        }

        return new BarSeries(instrument.Symbol, PriceBasis.Price, dates, open, high, low, close, volume, factor).InBasis(basis, asOf);
    }

    /// <summary>The date of the symbol's last stored bar; null when unknown or without bars.</summary>
    public async Task<DateOnly?> LastDateAsync(string symbol, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var key = symbol.Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.DailyBars.AsNoTracking()
            .Where(b => b.Instrument!.Symbol == key)
            .OrderByDescending(b => b.Date)
            .Select(b => (DateOnly?)b.Date)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
