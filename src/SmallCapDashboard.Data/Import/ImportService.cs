using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import.Issuers;
using SmallCapDashboard.Data.Import.Storage;

namespace SmallCapDashboard.Data.Import;

/// <summary>
/// Imports bar and flow files into the market store. Each import is one transaction on one context: all of
/// it lands or none of it does. Every attempt, successful or refused, is recorded as an <see cref="ImportRun"/>;
/// a refusal writes nothing else. Refusals come back as a result with <see cref="ImportStatus.Refused"/> and a
/// one-line <see cref="ImportResult.Error"/>; they do not throw. After a commit the <see cref="DataChangeNotifier"/>
/// (when given) moves the data version forward and tells the listeners.
/// </summary>
public sealed partial class ImportService(IDbContextFactory<MarketDbContext> contextFactory, TimeProvider? timeProvider = null, DataChangeNotifier? notifier = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public Task<ImportResult> ImportBarsAsync(string path, BarImportOptions options, CancellationToken ct = default) =>
        ImportBarsAsync(path, () =>
        {
            RequireFile(path);
            return BarFileReader.Read(path, options.Format, new BarReadOptions(Time: _time));
        }, options, ct);

    /// <summary>
    /// Imports bars read from <paramref name="content"/> (a download, an upload) exactly as a file of that
    /// <paramref name="name"/>: the same strict reader, merge rule and ImportRun. The stream is disposed.
    /// </summary>
    public Task<ImportResult> ImportBarsAsync(Stream content, string name, BarImportOptions options, CancellationToken ct = default) =>
        ImportBarsAsync(name, () => BarFileReader.Read(content, Path.GetFileName(name), options.Format, new BarReadOptions(Time: _time)), options, ct);

    private async Task<ImportResult> ImportBarsAsync(string path, Func<ParsedBars> read, BarImportOptions options, CancellationToken ct)
    {
        var attempt = new ImportAttempt(_time, KindOf(options.Origin, "bars"), path);
        try
        {
            var parsed = read();
            attempt.Parsed(parsed.Format.ToString().ToLowerInvariant(), parsed.Bars.Count, parsed.Warnings);
            var symbol = ChooseSymbol(options.Symbol, parsed.Symbol, path, attempt);
            attempt.Symbols.Add(symbol);
            var source = Source(options.Source, attempt.Format, attempt.File);

            await using var context = await contextFactory.CreateDbContextAsync(ct);
            await using var transaction = await context.Database.BeginTransactionAsync(ct);
            var instrumentId = await EnsureInstrumentAsync(context, symbol, attempt.File, ct);
            var table = new BarTable(context);
            var stored = await table.LoadAsync(instrumentId, ct);
            var rows = BarMergePlan.Plan(stored, parsed.Bars, source, options.Replace, attempt.File, symbol, attempt.Warnings, options.RefuseRevisedHistory);
            attempt.Written = await table.WriteAsync(instrumentId, rows, source, insertOnly: stored.Count == 0, ct);
            return await CommittedAsync(await attempt.SucceedAsync(context, transaction, ct), options.Origin, ct);
        }
        catch (ImportException e)
        {
            return await attempt.RefuseAsync(contextFactory, e, ct);
        }
    }

    public Task<ImportResult> ImportFlowsAsync(string path, FlowImportOptions options, CancellationToken ct = default) =>
        ImportFlowsAsync(path, () =>
        {
            RequireFile(path);
            return IssuerFiles.Detect(path, options.Format) is { } format ? (format, () => IssuerFiles.Read(path, format)) : null;
        }, readOptions =>
        {
            RequireFile(path);
            return FlowFileReader.Read(path, options.Format, readOptions);
        }, options, ct);

    /// <summary>
    /// Imports fund-days read from <paramref name="content"/> exactly as a file of that <paramref name="name"/>
    /// (the name also gives the ProShares ticker, <c>RWM-historical_nav.csv</c>; an issuer file is recognised by its
    /// content as from a path). The stream is disposed.
    /// </summary>
    public Task<ImportResult> ImportFlowsAsync(Stream content, string name, FlowImportOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        using (content)
        {
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            bytes = copy.ToArray();
        }

        var file = Path.GetFileName(name);
        return ImportFlowsAsync(name, () =>
            IssuerFiles.Detect(file, bytes, options.Format) is { } format ? (format, () => IssuerFiles.Read(file, System.Text.Encoding.UTF8.GetString(bytes), format)) : null,
            readOptions => FlowFileReader.Read(new MemoryStream(bytes, writable: false), file, options.Format, readOptions), options, ct);
    }

    private async Task<ImportResult> ImportFlowsAsync(
        string path, Func<(FlowFormat Format, Func<IssuerFile> Read)?> issuer, Func<FlowReadOptions, ParsedFlows> read, FlowImportOptions options, CancellationToken ct)
    {
        var attempt = new ImportAttempt(_time, KindOf(options.Origin, "flows"), path);
        try
        {
            if (issuer() is { } found)
            {
                return await ImportIssuerFileAsync(found.Format, found.Read, options, attempt, ct);
            }

            var known = await KnownSymbolsAsync(ct);
            var readOptions = new FlowReadOptions(options.Symbol, s => known.Contains(s), _time);
            var parsed = read(readOptions);
            attempt.Parsed(parsed.Format.ToString().ToLowerInvariant(), parsed.Days.Count, parsed.Warnings);
            if (parsed.Days.Count == 0)
            {
                throw new ImportException(attempt.File, null, "ticker",
                    options.Symbol is null ? "no rows for a ticker in the catalogue; name one with --symbol" : $"no rows for {options.Symbol.ToUpperInvariant()}");
            }

            var source = Source(options.Source, attempt.Format, attempt.File);
            await using var context = await contextFactory.CreateDbContextAsync(ct);
            await using var transaction = await context.Database.BeginTransactionAsync(ct);
            var table = new FlowTable(context);
            var rows = new List<StoredFlow>(parsed.Days.Count);
            foreach (var group in parsed.Days.GroupBy(d => d.Symbol, StringComparer.Ordinal))
            {
                var days = group.ToList();
                attempt.Symbols.Add(group.Key);
                var instrumentId = await EnsureInstrumentAsync(context, group.Key, attempt.File, ct);
                var stored = await table.LoadAsync(instrumentId, days[0].Date, days[^1].Date, ct);
                rows.AddRange(FlowMergePlan.Plan(instrumentId, group.Key, days, stored, source, options.Replace, attempt.File, attempt.Warnings));
            }

            attempt.Written = await table.WriteAsync(rows, ct);
            return await CommittedAsync(await attempt.SucceedAsync(context, transaction, ct), options.Origin, ct);
        }
        catch (ImportException e)
        {
            return await attempt.RefuseAsync(contextFactory, e, ct);
        }
    }

    private async Task<ImportResult> CommittedAsync(ImportResult result, DataChangeKind origin, CancellationToken ct)
    {
        if (notifier is not null)
        {
            await notifier.NotifyAsync(new DataChange(origin, result.ImportRunId, result.Symbols), ct);
        }

        return result;
    }

    /// <summary>An iShares fund workbook, iShares holdings CSV or Direxion holdings CSV: real fund days and a holdings snapshot.</summary>
    private async Task<ImportResult> ImportIssuerFileAsync(FlowFormat format, Func<IssuerFile> read, FlowImportOptions options, ImportAttempt attempt, CancellationToken ct)
    {
        var parsed = read();
        var rowsRead = format == FlowFormat.IShares ? parsed.History.Count : parsed.Holdings?.SharesOutstanding is null ? 0 : 1;
        attempt.Parsed(FormatName(format), rowsRead, parsed.Warnings);
        var symbol = IssuerImport.ChooseSymbol(parsed, options.Symbol, attempt.Warnings);
        attempt.Symbols.Add(symbol);

        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var (flows, holdings) = await IssuerImport.StoreAsync(context, parsed, options, symbol, attempt.File, attempt.Warnings, ct);
        attempt.Written = await new FlowTable(context).WriteAsync(flows, ct);
        attempt.Holdings = holdings;
        return await CommittedAsync(await attempt.SucceedAsync(context, transaction, ct), options.Origin, ct);
    }

    /// <summary>The name a flow format goes by on the command line and in import runs.</summary>
    public static string FormatName(FlowFormat format) => format switch
    {
        FlowFormat.ISharesHoldings => "ishares-holdings",
        _ => format.ToString().ToLowerInvariant(),
    };

    /// <summary>The ImportRun kind: <c>bars</c>/<c>flows</c> for a file import, <c>sync</c> for an online refresh.</summary>
    private static string KindOf(DataChangeKind origin, string what) => origin == DataChangeKind.Sync ? "sync" : what;

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportException(Path.GetFileName(path), null, null, $"file not found: {path}");
        }
    }

    private static string ChooseSymbol(string? requested, string? inFile, string path, ImportAttempt attempt)
    {
        var text = requested ?? inFile ?? FlowFileReader.SymbolFromFileName(path);
        if (!SymbolRules.TryNormalize(text, out var symbol, out var problem))
        {
            var from = requested is not null ? "--symbol" : inFile is not null ? "the ticker column" : "the file name";
            throw new ImportException(attempt.File, null, "symbol",
                $"'{Parsing.Fields.Show(text)}' ({from}) is not a usable symbol: {problem}" + (requested is null ? "; pass --symbol" : ""));
        }

        if (requested is not null && inFile is not null && !string.Equals(symbol, inFile, StringComparison.Ordinal))
        {
            attempt.Warnings.Add($"{attempt.File}: the file's ticker column says {inFile}; stored as {symbol} as requested");
        }

        return symbol;
    }

    private static string Source(string? requested, string format, string file)
    {
        var s = requested ?? $"import:{format}:{file}";
        return s.Length <= 200 ? s : s[..200];
    }

    private async Task<HashSet<string>> KnownSymbolsAsync(CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var stored = await context.Instruments.AsNoTracking().Select(i => i.Symbol).ToListAsync(ct);
        var known = new HashSet<string>(InstrumentCatalogue.Symbols, StringComparer.Ordinal);
        known.UnionWith(stored);
        return known;
    }

    /// <summary>The instrument's id; an unknown symbol is created (catalogue attributes, else Kind Other) inside the transaction.</summary>
    internal static async Task<int> EnsureInstrumentAsync(MarketDbContext context, string symbol, string file, CancellationToken ct)
    {
        if (!SymbolRules.IsValid(symbol))
        {
            // Every path checks symbols before this; a guard so no import can ever create a bad instrument.
            throw new ImportException(file, null, "symbol", $"'{Parsing.Fields.Show(symbol)}' is not a usable symbol ({SymbolRules.Pattern})");
        }

        var id = await context.Instruments.Where(i => i.Symbol == symbol).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        if (id is not null)
        {
            return id.Value;
        }

        var instrument = InstrumentCatalogue.Create(symbol);
        context.Instruments.Add(instrument);
        await context.SaveChangesAsync(ct);
        context.ChangeTracker.Clear();
        return instrument.Id;
    }
}
