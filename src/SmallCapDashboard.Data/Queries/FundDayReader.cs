using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Queries;

/// <summary>Reads a fund's flows, shares, NAV and AUM per day; can hide modelled rows. One context per call.</summary>
public sealed class FundDayReader(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>
    /// The fund days of <paramref name="symbol"/>, optionally without modelled rows ("real data only") and limited
    /// to [from, to]. Null when the symbol is unknown.
    /// </summary>
    public async Task<FundDaySeries?> ReadAsync(
        string symbol,
        bool includeModelled = true,
        DateOnly? from = null,
        DateOnly? to = null,
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

        var query = db.FundDays.AsNoTracking().Where(d => d.InstrumentId == instrument.Id);
        if (!includeModelled)
        {
            query = query.Where(d => !d.Modelled);
        }

        if (from is { } f)
        {
            query = query.Where(d => d.Date >= f);
        }

        if (to is { } t)
        {
            query = query.Where(d => d.Date <= t);
        }

        var rows = await query.OrderBy(d => d.Date)
            .Select(d => new { d.Date, d.SharesOutstanding, d.Nav, d.NetFlow, d.Aum, d.Source, d.Modelled })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var n = rows.Count;
        var series = new FundDaySeries(
            instrument.Symbol, new DateOnly[n], new double?[n], new double?[n], new double?[n], new double?[n], new string[n], new bool[n]);
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            series.Dates[i] = r.Date;
            series.SharesOutstanding[i] = r.SharesOutstanding;
            series.Nav[i] = r.Nav;
            series.NetFlow[i] = r.NetFlow;
            series.Aum[i] = r.Aum;
            series.Source[i] = r.Source;
            series.Modelled[i] = r.Modelled;
        }

        return series;
    }
}
