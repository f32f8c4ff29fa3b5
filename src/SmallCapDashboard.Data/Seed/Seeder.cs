using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Bundle;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Seed;

/// <summary>
/// Loads the bundled dataset (<c>data/bundle</c>) into the store, idempotently and in one transaction:
/// the manifest's instruments (missing ones only), the bars of every bundled symbol that has no bars yet,
/// the real flows (<c>Modelled = false</c>, replacing a modelled row of the same fund and day), and modelled
/// flows (<c>Modelled = true</c>, source <c>model:v1 (seed N)</c>) for every fund day that has no row.
/// Seeding an already-seeded database changes nothing.
/// </summary>
public sealed class Seeder(IDbContextFactory<MarketDbContext> factory, IOptions<MarketDataOptions> options, DataChangeNotifier? notifier = null)
{
    /// <summary>Seed of the modelled-flow generator used by the bundle.</summary>
    public const int ModelSeed = 1;

    /// <summary>Source of modelled rows.</summary>
    public static readonly string ModelledSource = $"model:v1 (seed {ModelSeed})";

    /// <summary>Seeds from the configured bundle folder (see <see cref="MarketDataOptions.ResolveBundleFolder"/>).</summary>
    public Task<SeedResult> SeedAsync(IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default) =>
        SeedAsync(options.Value.ResolveBundleFolder(), progress, cancellationToken);

    /// <summary>Seeds from <paramref name="bundleFolder"/>.</summary>
    /// <exception cref="InvalidDataException">The bundle is missing or malformed (the file and line are named).</exception>
    public async Task<SeedResult> SeedAsync(string bundleFolder, IProgress<SeedProgress>? progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        var bundle = LoadedBundle.Load(bundleFolder, progress);

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var (ids, addedInstruments) = await EnsureInstrumentsAsync(db, bundle.Manifest, cancellationToken).ConfigureAwait(false);
        var inserter = BulkInserter.For(db);
        var bars = await SeedBarsAsync(db, inserter, bundle, ids, progress, cancellationToken).ConfigureAwait(false);

        var existing = await ExistingFundDaysAsync(db, ids.Values, cancellationToken).ConfigureAwait(false);
        var (real, replaced) = await SeedRealFlowsAsync(db, inserter, bundle, ids, existing, cancellationToken).ConfigureAwait(false);
        progress?.Report(new SeedProgress("modelled flows", null, 0, bundle.Manifest.Instruments.Count));
        var modelledRows = ModelledFlows.RowsToAdd(bundle, ids, existing, ModelSeed, ModelledSource);
        var modelled = await inserter.InsertFundDaysAsync(modelledRows, cancellationToken).ConfigureAwait(false);

        var result = new SeedResult(addedInstruments, bars, real, modelled, replaced, clock.Elapsed);
        ImportRun? run = null;
        if (result.ChangedAnything)
        {
            run = new ImportRun
            {
                Kind = "seed",
                Format = "bundle",
                File = Path.Combine(bundleFolder, BundleManifest.FileName),
                Symbols = string.Join(',', bundle.Manifest.Instruments.Select(i => i.Symbol)),
                Rows = bars + real + modelled,
                Status = ImportStatus.Succeeded,
                Message = $"{addedInstruments} instruments, {bars} bars, {real} real fund days ({replaced} replacing modelled), {modelled} modelled fund days",
                StartedUtc = started,
                DurationMs = clock.Elapsed.TotalMilliseconds,
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (run is not null && notifier is not null)
        {
            await notifier.NotifyAsync(new DataChange(DataChangeKind.Seed, run.Id, bundle.Manifest.Instruments.Select(i => i.Symbol).ToList()), cancellationToken)
                .ConfigureAwait(false);
        }

        progress?.Report(new SeedProgress("done", null, 1, 1));
        return result with { Elapsed = clock.Elapsed };
    }

    private static async Task<(Dictionary<string, int> Ids, int Added)> EnsureInstrumentsAsync(
        MarketDbContext db, BundleManifest manifest, CancellationToken cancellationToken)
    {
        var ids = await db.Instruments.AsNoTracking().ToDictionaryAsync(i => i.Symbol, i => i.Id, StringComparer.OrdinalIgnoreCase, cancellationToken)
            .ConfigureAwait(false);
        var added = new List<Instrument>();
        foreach (var m in manifest.Instruments)
        {
            if (!ids.ContainsKey(m.Symbol))
            {
                added.Add(new Instrument
                {
                    Symbol = m.Symbol.ToUpperInvariant(),
                    Name = m.Name,
                    Kind = m.Kind,
                    Leverage = m.Leverage,
                    Benchmark = m.Benchmark,
                    SizeGroup = m.SizeGroup,
                    Issuer = m.Issuer,
                });
            }
        }

        if (added.Count > 0)
        {
            db.Instruments.AddRange(added);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var i in added)
            {
                ids[i.Symbol] = i.Id;
            }
        }

        return (ids, added.Count);
    }

    private static async Task<int> SeedBarsAsync(
        MarketDbContext db, BulkInserter inserter, LoadedBundle bundle, Dictionary<string, int> ids,
        IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var withBars = await db.DailyBars.AsNoTracking().Select(b => b.InstrumentId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var written = 0;
        var instruments = bundle.Manifest.Instruments;
        for (var k = 0; k < instruments.Count; k++)
        {
            var m = instruments[k];
            progress?.Report(new SeedProgress("bars", m.Symbol, k, instruments.Count));
            var id = ids[m.Symbol];
            if (!withBars.Contains(id))
            {
                written += await inserter.InsertBarsAsync(id, bundle.Bars[m.Symbol], "bundle:" + m.Prices.Format, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return written;
    }

    private static async Task<Dictionary<(int, DateOnly), bool>> ExistingFundDaysAsync(
        MarketDbContext db, IEnumerable<int> instrumentIds, CancellationToken cancellationToken)
    {
        var idList = instrumentIds.ToList();
        var rows = await db.FundDays.AsNoTracking().Where(d => idList.Contains(d.InstrumentId))
            .Select(d => new { d.InstrumentId, d.Date, d.Modelled })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var existing = new Dictionary<(int, DateOnly), bool>(rows.Count);
        foreach (var r in rows)
        {
            existing[(r.InstrumentId, r.Date)] = r.Modelled;
        }

        return existing;
    }

    private static async Task<(int Written, int Replaced)> SeedRealFlowsAsync(
        MarketDbContext db, BulkInserter inserter, LoadedBundle bundle, Dictionary<string, int> ids,
        Dictionary<(int, DateOnly), bool> existing, CancellationToken cancellationToken)
    {
        var toAdd = new List<FundDayRow>();
        var replacedKeys = new List<(int Id, DateOnly Date)>();
        foreach (var (flows, rows) in bundle.Flows)
        {
            foreach (var r in rows)
            {
                if (!ids.TryGetValue(r.Symbol, out var id))
                {
                    throw new InvalidDataException($"{flows.File}: symbol {r.Symbol} is not an instrument of the bundle manifest.");
                }

                if (existing.TryGetValue((id, r.Date), out var modelled))
                {
                    if (!modelled)
                    {
                        continue;
                    }

                    replacedKeys.Add((id, r.Date));
                }

                existing[(id, r.Date)] = false;
                toAdd.Add(new FundDayRow(id, r.Date, r.SharesOutstanding, r.Nav, r.NetFlow, r.Aum, flows.Origin, Modelled: false));
            }
        }

        foreach (var (id, date) in replacedKeys)
        {
            await db.FundDays.Where(d => d.InstrumentId == id && d.Date == date && d.Modelled)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var written = await inserter.InsertFundDaysAsync(toAdd, cancellationToken).ConfigureAwait(false);
        return (written, replacedKeys.Count);
    }
}
