using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import.Storage;

namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Stores an <see cref="IssuerFile"/> inside the import's transaction: the fund is found by the name the file
/// gives (iShares) or the ticker it states (Direxion), or <c>--symbol</c>; the daily rows become REAL fund days
/// through the same <see cref="FlowMergePlan"/> as every flow file (a real row replaces a modelled one); the
/// holdings become the fund's snapshot for the as-of date (a different snapshot of the same day is replaced).
/// </summary>
internal static class IssuerImport
{
    public static async Task<(List<StoredFlow> Flows, HoldingsImported? Holdings)> StoreAsync(
        MarketDbContext context, IssuerFile parsed, FlowImportOptions options, string symbol, string file, List<string> warnings, CancellationToken ct)
    {
        var instrumentId = await ImportService.EnsureInstrumentAsync(context, symbol, file, ct);
        var days = new List<FlowDay>();
        var nextFix = new List<StoredFlow>();
        string source;
        if (parsed.Format == FlowFormat.IShares)
        {
            source = options.Source ?? $"iShares fund file (as of {parsed.AsOf:yyyy-MM-dd})";
            HistoryRow? previous = null;
            foreach (var r in parsed.History)
            {
                double? flow = previous is { SharesOutstanding: { } s0 } && r.SharesOutstanding is { } s && r.Nav is { } nav ? (s - s0) * nav : null;
                days.Add(new FlowDay(symbol, r.Date, r.SharesOutstanding, r.Nav, flow, r.SharesOutstanding * r.Nav));
                previous = r;
            }
        }
        else
        {
            source = await OneDayAsync(context, parsed, options, symbol, instrumentId, days, nextFix, ct);
        }

        var flows = new List<StoredFlow>();
        if (days.Count > 0)
        {
            var table = new FlowTable(context);
            var stored = await table.LoadAsync(instrumentId, days[0].Date, days[^1].Date, ct);
            flows.AddRange(FlowMergePlan.Plan(instrumentId, symbol, days, stored, source, options.Replace, parsed.File, warnings));
            flows.AddRange(nextFix);
        }

        HoldingsImported? holdings = null;
        if (parsed.Holdings is { } h)
        {
            holdings = await StoreHoldingsAsync(context, parsed, h, instrumentId, symbol, source, warnings, ct);
        }

        return (flows, holdings);
    }

    /// <summary>
    /// The symbol to store under: <c>--symbol</c>, else the ticker the file states (Direxion), else the catalogue fund
    /// whose issuer name is the file's fund name (iShares; the file name when the file gives no name).
    /// </summary>
    public static string ChooseSymbol(IssuerFile parsed, string? requested, List<string> warnings)
    {
        string? found;
        string named;
        if (parsed.Ticker is not null)
        {
            found = parsed.Ticker;
            named = parsed.Ticker;
        }
        else
        {
            named = parsed.FundName.Length > 0 ? parsed.FundName : NameFromFileName(parsed.File);
            found = InstrumentCatalogue.SymbolForIssuerName(named);
        }

        if (requested is { Length: > 0 })
        {
            var symbol = requested.Trim().ToUpperInvariant();
            if (found is not null && found != symbol)
            {
                warnings.Add($"{parsed.File}: the file names {named} ({found}); stored as {symbol} as requested");
            }

            return symbol;
        }

        if (found is null)
        {
            var known = string.Join(", ", InstrumentCatalogue.IssuerListings.Where(l => l.Issuer == "iShares").Select(l => $"{l.FundName} = {l.Symbol}"));
            throw new ImportException(parsed.File, null, ImportException.FundNameField,
                $"the fund '{IssuerValues.Show(named)}' is not in the catalogue ({known}); name its ticker with --symbol");
        }

        return found;
    }

    /// <summary><c>iShares-Russell-2000-ETF_fund.xls</c> → <c>iShares Russell 2000 ETF</c>.</summary>
    public static string NameFromFileName(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        foreach (var suffix in new[] { "_fund", "_holdings" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        return name.Replace('-', ' ').Replace('_', ' ').Trim();
    }

    /// <summary>
    /// One day's shares outstanding (iShares holdings CSV, Direxion): NAV = the stored close of that day when there is
    /// one, else the file's market values total ÷ shares; the source says which. The flow needs the real shares of the
    /// previous session (the last stored bar before the day, else the previous weekday); a stored real next session
    /// without a flow gets its flow from this day's shares.
    /// </summary>
    private static async Task<string> OneDayAsync(MarketDbContext context, IssuerFile parsed, FlowImportOptions options, string symbol,
        int instrumentId, List<FlowDay> days, List<StoredFlow> nextFix, CancellationToken ct)
    {
        var kind = parsed.Format == FlowFormat.Direxion ? "Direxion holdings CSV" : "iShares holdings CSV";
        var date = parsed.AsOf;
        var shares = parsed.Holdings?.SharesOutstanding;
        var close = await context.DailyBars.AsNoTracking().Where(b => b.InstrumentId == instrumentId && b.Date == date)
            .Select(b => (double?)b.Close).FirstOrDefaultAsync(ct);
        double? nav;
        string navNote;
        if (close is > 0)
        {
            nav = close;
            navNote = "NAV = stored close";
        }
        else if (shares is > 0 && parsed.Holdings!.MarketValueTotal > 0)
        {
            nav = parsed.Holdings.MarketValueTotal / shares.Value;
            navNote = "NAV = market value ÷ shares";
        }
        else
        {
            nav = null;
            navNote = "no NAV";
        }

        var source = options.Source ?? $"{kind} (as of {date:yyyy-MM-dd}; {navNote})";
        if (shares is null)
        {
            return source;
        }

        var previousDate = await context.DailyBars.AsNoTracking().Where(b => b.InstrumentId == instrumentId && b.Date < date)
            .MaxAsync(b => (DateOnly?)b.Date, ct) ?? PreviousWeekday(date);
        var nextDate = await context.DailyBars.AsNoTracking().Where(b => b.InstrumentId == instrumentId && b.Date > date)
            .MinAsync(b => (DateOnly?)b.Date, ct) ?? NextWeekday(date);
        var neighbours = await context.FundDays.AsNoTracking()
            .Where(d => d.InstrumentId == instrumentId && !d.Modelled && (d.Date == previousDate || d.Date == nextDate))
            .ToListAsync(ct);
        var previous = neighbours.FirstOrDefault(d => d.Date == previousDate);
        double? flow = previous?.SharesOutstanding is { } s0 && nav is { } n ? (shares.Value - s0) * n : null;
        days.Add(new FlowDay(symbol, date, shares, nav, flow, shares * nav));

        if (neighbours.FirstOrDefault(d => d.Date == nextDate) is { NetFlow: null, SharesOutstanding: { } s1, Nav: { } nav1 } next)
        {
            nextFix.Add(new StoredFlow(instrumentId, next.Date, s1, nav1, (s1 - shares.Value) * nav1, next.Aum, next.Source, false));
        }

        return source;
    }

    private static DateOnly PreviousWeekday(DateOnly d)
    {
        do
        {
            d = d.AddDays(-1);
        }
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        return d;
    }

    private static DateOnly NextWeekday(DateOnly d)
    {
        do
        {
            d = d.AddDays(1);
        }
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        return d;
    }

    private static async Task<HoldingsImported> StoreHoldingsAsync(MarketDbContext context, IssuerFile parsed, HoldingsData h, int instrumentId,
        string symbol, string source, List<string> warnings, CancellationToken ct)
    {
        var existing = await context.HoldingsSnapshots.AsNoTracking()
            .Where(s => s.InstrumentId == instrumentId && s.AsOf == h.AsOf)
            .Select(s => new { s.Id, s.Source, s.SharesOutstanding })
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            var stored = await context.Holdings.AsNoTracking().Where(x => x.SnapshotId == existing.Id).OrderBy(x => x.Position)
                .Select(x => new HoldingLine(x.Ticker, x.Name, x.Sector, x.AssetClass, x.MarketValue, x.WeightPercent, x.Quantity, x.Price))
                .ToListAsync(ct);
            if (existing.SharesOutstanding == h.SharesOutstanding && stored.SequenceEqual(h.Lines))
            {
                return new HoldingsImported(symbol, h.AsOf, h.Lines.Count, 0, Replaced: false);
            }

            await context.Holdings.Where(x => x.SnapshotId == existing.Id).ExecuteDeleteAsync(ct);
            await context.HoldingsSnapshots.Where(x => x.Id == existing.Id).ExecuteDeleteAsync(ct);
            warnings.Add($"{parsed.File}: {symbol}: replaced the stored holdings of {h.AsOf:yyyy-MM-dd} (from {existing.Source})");
        }

        var snapshot = new HoldingsSnapshot
        {
            InstrumentId = instrumentId,
            AsOf = h.AsOf,
            Source = Cut(source, 200),
            File = Cut(parsed.File, 260),
            FundName = Cut(parsed.FundName, 200),
            SharesOutstanding = h.SharesOutstanding,
            ImportedUtc = DateTime.UtcNow,
        };
        for (var i = 0; i < h.Lines.Count; i++)
        {
            var l = h.Lines[i];
            snapshot.Holdings.Add(new Holding
            {
                Position = i, Ticker = Cut(l.Ticker, 64), Name = Cut(l.Name, 300), Sector = Cut(l.Sector, 100), AssetClass = Cut(l.AssetClass, 100),
                MarketValue = l.MarketValue, WeightPercent = l.WeightPercent, Quantity = l.Quantity, Price = l.Price,
            });
        }

        context.HoldingsSnapshots.Add(snapshot);
        var before = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await context.SaveChangesAsync(ct);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = before;
            context.ChangeTracker.Clear();
        }

        return new HoldingsImported(symbol, h.AsOf, h.Lines.Count, h.Lines.Count, existing is not null);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
