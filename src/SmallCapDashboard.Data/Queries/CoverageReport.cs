using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Queries;

/// <summary>Builds the coverage summary for <c>smallcap status</c> and the <c>/data</c> page. One context per call.</summary>
public sealed class CoverageReport(IDbContextFactory<MarketDbContext> factory)
{
    /// <summary>Coverage per symbol (ordered by symbol) and the <paramref name="recentImports"/> latest import runs.</summary>
    public async Task<CoverageSummary> BuildAsync(int recentImports = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recentImports);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        var instruments = await db.Instruments.AsNoTracking().OrderBy(i => i.Symbol)
            .Select(i => new { i.Id, i.Symbol, i.Name, i.Kind, i.SizeGroup })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var bars = await db.DailyBars.AsNoTracking().GroupBy(b => b.InstrumentId)
            .Select(g => new { Id = g.Key, First = g.Min(b => b.Date), Last = g.Max(b => b.Date), Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, cancellationToken).ConfigureAwait(false);
        var barSources = await db.DailyBars.AsNoTracking().Select(b => new { b.InstrumentId, b.Source }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var days = await db.FundDays.AsNoTracking().GroupBy(d => new { d.InstrumentId, d.Modelled })
            .Select(g => new { g.Key.InstrumentId, g.Key.Modelled, First = g.Min(d => d.Date), Last = g.Max(d => d.Date), Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var daySources = await db.FundDays.AsNoTracking().Select(d => new { d.InstrumentId, d.Source }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var symbols = new List<SymbolCoverage>(instruments.Count);
        foreach (var i in instruments)
        {
            var b = bars.GetValueOrDefault(i.Id);
            int real = 0, modelled = 0;
            DateOnly? firstDay = null, lastDay = null;
            foreach (var d in days)
            {
                if (d.InstrumentId != i.Id)
                {
                    continue;
                }

                if (d.Modelled)
                {
                    modelled = d.Count;
                }
                else
                {
                    real = d.Count;
                }

                firstDay = firstDay is { } f && f < d.First ? f : d.First;
                lastDay = lastDay is { } l && l > d.Last ? l : d.Last;
            }

            symbols.Add(new SymbolCoverage(
                i.Symbol, i.Name, i.Kind, i.SizeGroup, b?.First, b?.Last, b?.Count ?? 0,
                SourcesOf(barSources.Where(s => s.InstrumentId == i.Id).Select(s => s.Source)),
                real, modelled, firstDay, lastDay,
                SourcesOf(daySources.Where(s => s.InstrumentId == i.Id).Select(s => s.Source))));
        }

        var runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id)
            .Take(recentImports)
            .Select(r => new ImportRunInfo(r.Id, r.Kind, r.Format, r.File, r.Symbols, r.Rows, r.Status, r.Message, r.StartedUtc, r.DurationMs))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new CoverageSummary(symbols, runs);
    }

    private static string[] SourcesOf(IEnumerable<string> sources) =>
        [.. sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
