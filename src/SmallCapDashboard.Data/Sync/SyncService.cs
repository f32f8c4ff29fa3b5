using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Sync.Issuers;
using SmallCapDashboard.Data.Sync.Prices;

namespace SmallCapDashboard.Data.Sync;

/// <summary>
/// The one implementation of an online refresh, used by <c>smallcap sync</c>, the scheduled job and "Sync now".
/// Prices: Yahoo's chart API (converted to the Yahoo CSV shape and imported by the Yahoo importer), Stooq's CSV as
/// the fallback when a Yahoo download fails; issuer files imported by their flow importers. Each symbol is its own
/// import (one transaction through <see cref="ImportService"/>, overlap rule included, ImportRun kind <c>sync</c>,
/// data-change notification); a failing symbol or source never stops the others. Each provider's run is recorded as
/// one more ImportRun (kind <c>sync</c>, format <c>run</c>, file <c>sync:PROVIDER</c>) holding the summary.
/// </summary>
public sealed class SyncService(
    IDbContextFactory<MarketDbContext> factory,
    ImportService importer,
    YahooChartClient yahoo,
    StooqClient stooq,
    ISharesClient ishares,
    ProSharesClient proshares,
    DirexionClient direxion,
    IOptions<SyncOptions> options,
    TimeProvider? timeProvider = null,
    ILogger<SyncService>? logger = null)
{
    /// <summary>The first session asked for when a symbol has no bars yet (Yahoo answers from the listing on).</summary>
    public static readonly DateOnly FullHistoryFrom = new(1970, 1, 2);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<SyncService>.Instance;
    private readonly SyncOptions _options = options.Value;

    /// <summary>Runs the request; never throws for a failing source (its symbols are reported as failed).</summary>
    public async Task<SyncReport> RunAsync(SyncRequest request, IProgress<SyncOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetUtcNow();
        var startTicks = _time.GetTimestamp();
        using var deadline = new CancellationTokenSource(_options.Deadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var ct = linked.Token;

        var providers = request.Providers.Count == 0
            ? new[] { SyncProvider.Yahoo, SyncProvider.IShares, SyncProvider.ProShares, SyncProvider.Direxion }
            : request.Providers.Distinct().ToArray();
        var fallback = request.Providers.Count == 0;
        var wanted = new HashSet<string>(request.Symbols.Select(s => s.Trim().ToUpperInvariant()), StringComparer.Ordinal);
        var outcomes = new List<SyncOutcome>();
        var runIds = new List<int>();

        foreach (var provider in providers)
        {
            var providerStart = _time.GetUtcNow();
            var providerTicks = _time.GetTimestamp();
            var mine = new List<SyncOutcome>();
            if (provider is SyncProvider.Yahoo or SyncProvider.Stooq)
            {
                foreach (var symbol in await PriceSymbolsAsync(wanted, cancellationToken))
                {
                    mine.Add(Report(await GuardAsync(symbol, provider, () => SyncPricesAsync(symbol, provider, fallback, request, ct), cancellationToken, deadline), progress));
                }
            }
            else
            {
                var funds = IssuerFunds.All.Where(f => f.Provider == provider && (wanted.Count == 0 || wanted.Contains(f.Symbol))).ToList();
                foreach (var fund in funds)
                {
                    mine.Add(Report(await GuardAsync(fund.Symbol, provider, () => SyncIssuerAsync(fund, request, ct), cancellationToken, deadline), progress));
                }
            }

            if (mine.Count == 0 && wanted.Count > 0)
            {
                continue;
            }

            outcomes.AddRange(mine);
            runIds.Add(await RecordRunAsync(provider, request, mine, providerStart, _time.GetElapsedTime(providerTicks), CancellationToken.None));
        }

        return new SyncReport(outcomes, runIds, started, _time.GetElapsedTime(startTicks));
    }

    private static SyncOutcome Report(SyncOutcome outcome, IProgress<SyncOutcome>? progress)
    {
        progress?.Report(outcome);
        return outcome;
    }

    /// <summary>The symbols whose prices are refreshed: the requested ones, else every stored instrument and the catalogue's.</summary>
    private async Task<IReadOnlyList<string>> PriceSymbolsAsync(HashSet<string> wanted, CancellationToken ct)
    {
        if (wanted.Count > 0)
        {
            return [.. wanted.Order(StringComparer.Ordinal)];
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = await db.Instruments.AsNoTracking().Select(i => i.Symbol).ToListAsync(ct);
        return [.. stored.Concat(InstrumentCatalogue.Symbols).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Turns any failure of one symbol into a failed outcome (one line), so the run goes on.</summary>
    private async Task<SyncOutcome> GuardAsync(string symbol, SyncProvider provider, Func<Task<SyncOutcome>> work, CancellationToken caller, CancellationTokenSource deadline)
    {
        var name = provider.ToString().ToLowerInvariant();
        if (deadline.IsCancellationRequested)
        {
            return Failed(symbol, provider, name, $"not attempted: the run's deadline ({_options.Deadline}) had passed");
        }

        try
        {
            return await work();
        }
        catch (Exception e) when (!caller.IsCancellationRequested)
        {
            // An unexpected error (a database hiccup) fails this symbol, not the run.
            var line = Describe(e, name, symbol) ?? $"{name} {symbol}: unexpected error: {OneLine(e.Message)} ({e.GetType().Name}); nothing imported";
            // Expected failures (the upstream's answer) are one line; anything else keeps its stack trace in the log.
            if (e is SyncException)
            {
                _log.LogWarning("Sync of {Symbol} from {Provider} failed: {Reason}", symbol, name, line);
            }
            else
            {
                _log.LogWarning(e, "Sync of {Symbol} from {Provider} failed: {Reason}", symbol, name, line);
            }

            return Failed(symbol, provider, name, deadline.IsCancellationRequested ? $"stopped: the run's deadline ({_options.Deadline}) passed" : line);
        }
    }

    private static SyncOutcome Failed(string symbol, SyncProvider provider, string source, string message) =>
        new(symbol, provider, source, 0, SyncStatus.Failed, message, []);

    /// <summary>One line for a download failure (null for an exception that is a bug, which then propagates).</summary>
    internal static string? Describe(Exception e, string provider, string symbol) => e switch
    {
        SyncException => e.Message,
        TimeoutRejectedException => $"{provider} {symbol}: no answer within the timeout, after retries; nothing imported",
        BrokenCircuitException => $"{provider} {symbol}: the circuit breaker for the host is open after repeated failures; nothing imported",
        RateLimiterRejectedException => $"{provider} {symbol}: the host's request budget is exhausted; nothing imported",
        HttpRequestException h => $"{provider} {symbol}: {(h.StatusCode is { } code ? $"HTTP {(int)code}" : "network error")}: {OneLine(h.Message)}; nothing imported",
        OperationCanceledException => $"{provider} {symbol}: cancelled (timeout); nothing imported",
        IOException => $"{provider} {symbol}: the response broke off ({OneLine(e.Message)}); nothing imported",
        _ => null,
    };

    private static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private async Task<SyncOutcome> SyncPricesAsync(string symbol, SyncProvider provider, bool fallback, SyncRequest request, CancellationToken ct)
    {
        var stored = await StoredDatesAsync(symbol, ct);
        var lastCompleted = MarketCalendar.LastCompletedSession(_time.GetUtcNow(), _options.CloseMargin);
        if (request.Since is null && stored.Last is { } last && last >= lastCompleted)
        {
            return new SyncOutcome(symbol, provider, Name(provider), 0, SyncStatus.UpToDate,
                Invariant($"stored through {last:yyyy-MM-dd}, the last completed session"), []);
        }

        var from = request.Since ?? stored.OverlapFrom ?? FullHistoryFrom;
        if (provider == SyncProvider.Stooq)
        {
            return await ImportStooqAsync(symbol, from, lastCompleted, request, "stooq", ct);
        }

        try
        {
            return await ImportYahooAsync(symbol, from, lastCompleted, stored, request, ct);
        }
        catch (Exception e) when (fallback && !ct.IsCancellationRequested && Describe(e, "yahoo", symbol) is { } why && StooqClient.StooqSymbol(symbol) is not null)
        {
            _log.LogWarning("Yahoo failed for {Symbol} ({Reason}); trying Stooq", symbol, why);
            try
            {
                return await ImportStooqAsync(symbol, from, lastCompleted, request, $"stooq (fallback; {why})", ct);
            }
            catch (Exception e2) when (!ct.IsCancellationRequested && Describe(e2, "stooq", symbol) is { } why2)
            {
                throw new SyncException($"{why}; fallback {why2}", e2);
            }
        }
    }

    private async Task<SyncOutcome> ImportYahooAsync(string symbol, DateOnly from, DateOnly lastCompleted, StoredDates stored, SyncRequest request, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var chart = await yahoo.GetAsync(symbol, from, now, ct);
        if (stored.Last is { } last && chart.Splits.FirstOrDefault(s => s.Date > last) is { } split)
        {
            if (!request.Replace)
            {
                throw new SyncException(Invariant(
                    $"yahoo {symbol}: a {split.Ratio} split on {split.Date:yyyy-MM-dd}, after the stored history (through {last:yyyy-MM-dd}), which is on the pre-split scale; nothing imported. Run 'smallcap sync --symbols {symbol} --replace' to reload the whole history on the new scale"));
            }

            if (from > (stored.First ?? FullHistoryFrom))
            {
                // A split restates every earlier price: reload the whole stored span, not only the overlap.
                chart = await yahoo.GetAsync(symbol, stored.First ?? FullHistoryFrom, now, ct);
            }
        }

        var warnings = new List<string>();
        chart = chart.Through(lastCompleted, out var dropped);
        if (dropped > 0)
        {
            warnings.Add(Invariant($"yahoo {symbol}: left out {dropped} bar(s) after {lastCompleted:yyyy-MM-dd}: the session has not closed yet (a bar is stored {_options.CloseMargin.TotalMinutes:0} min after the 16:00 New York close)"));
        }

        if (chart.Rows == 0)
        {
            return new SyncOutcome(symbol, SyncProvider.Yahoo, "yahoo", 0, SyncStatus.UpToDate, "no completed session in the answer", warnings);
        }

        var options = new BarImportOptions
        {
            Symbol = symbol, Format = BarFormat.Yahoo, Replace = request.Replace, Source = "sync:yahoo",
            RefuseRevisedHistory = true, Origin = DataChangeKind.Sync,
        };
        var result = await importer.ImportBarsAsync(new MemoryStream(Encoding.UTF8.GetBytes(chart.Csv)), $"yahoo:{symbol}", options, ct);
        return Outcome(symbol, SyncProvider.Yahoo, "yahoo", result, warnings);
    }

    private async Task<SyncOutcome> ImportStooqAsync(string symbol, DateOnly from, DateOnly lastCompleted, SyncRequest request, string source, CancellationToken ct)
    {
        var body = await stooq.GetAsync(symbol, from, lastCompleted, ct);
        var options = new BarImportOptions
        {
            Symbol = symbol, Format = BarFormat.Stooq, Replace = request.Replace, Source = "sync:stooq",
            RefuseRevisedHistory = true, Origin = DataChangeKind.Sync,
        };
        var result = await importer.ImportBarsAsync(new MemoryStream(body), $"stooq:{symbol}", options, ct);
        return Outcome(symbol, SyncProvider.Stooq, source, result, []);
    }

    private async Task<SyncOutcome> SyncIssuerAsync(IssuerFund fund, SyncRequest request, CancellationToken ct)
    {
        IssuerFileClient client = fund.Provider switch
        {
            SyncProvider.IShares => ishares,
            SyncProvider.ProShares => proshares,
            _ => direxion,
        };
        var body = await client.GetAsync(fund, ct);
        var warnings = new List<string>();
        Archive(fund, body, warnings);
        var options = new FlowImportOptions
        {
            Symbol = fund.Symbol,
            // ProShares has its parser; iShares and Direxion files go through detection (their parsers join the importer).
            Format = fund.Provider == SyncProvider.ProShares ? FlowFormat.ProShares : FlowFormat.Auto,
            Replace = request.Replace,
            Source = $"sync:{Name(fund.Provider)}",
            Origin = DataChangeKind.Sync,
        };
        var result = await importer.ImportFlowsAsync(new MemoryStream(body), fund.FileName, options, ct);
        return Outcome(fund.Symbol, fund.Provider, Name(fund.Provider), result, warnings);
    }

    /// <summary>Keeps the day's file (issuers publish the current day only: the files are the history).</summary>
    private void Archive(IssuerFund fund, byte[] body, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(_options.ArchiveFolder))
        {
            return;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), MarketCalendar.NewYork).DateTime);
        var folder = Path.Combine(_options.ArchiveFolder, Name(fund.Provider), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, fund.FileName), body);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{Name(fund.Provider)} {fund.Symbol}: could not keep the downloaded file in {folder} ({OneLine(e.Message)})");
        }
    }

    private static SyncOutcome Outcome(string symbol, SyncProvider provider, string source, ImportResult result, List<string> warnings)
    {
        warnings.AddRange(result.Warnings);
        if (!result.Succeeded)
        {
            return new SyncOutcome(symbol, provider, source, 0, SyncStatus.Failed, result.Error ?? "refused", warnings, result.ImportRunId);
        }

        var message = Invariant($"read {result.RowsRead}, stored {result.RowsWritten}");
        return new SyncOutcome(symbol, provider, source, result.RowsWritten,
            result.RowsWritten > 0 ? SyncStatus.Updated : SyncStatus.UpToDate, message, warnings, result.ImportRunId);
    }

    /// <summary>The symbol's first and last stored bar dates and the date <see cref="SyncOptions.OverlapSessions"/> sessions back.</summary>
    private async Task<StoredDates> StoredDatesAsync(string symbol, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bars = db.DailyBars.AsNoTracking().Where(b => b.Instrument!.Symbol == symbol);
        var recent = await bars.OrderByDescending(b => b.Date).Select(b => b.Date).Take(Math.Max(1, _options.OverlapSessions)).ToListAsync(ct);
        if (recent.Count == 0)
        {
            return new StoredDates(null, null, null);
        }

        var first = await bars.MinAsync(b => b.Date, ct);
        return new StoredDates(first, recent[0], recent[^1]);
    }

    private async Task<int> RecordRunAsync(SyncProvider provider, SyncRequest request, List<SyncOutcome> outcomes, DateTimeOffset started, TimeSpan elapsed, CancellationToken ct)
    {
        var failed = outcomes.Count(o => o.Status == SyncStatus.Failed);
        var updated = outcomes.Count(o => o.Status == SyncStatus.Updated);
        var summary = Invariant($"{request.Trigger}: {outcomes.Count} symbol(s), {updated} updated, {outcomes.Count - updated - failed} up to date, {failed} failed");
        var lines = outcomes.Select(o => Invariant($"{o.Symbol} [{o.Source}] {o.Status}: {o.Message}"));
        var run = new ImportRun
        {
            Kind = "sync",
            Format = "run",
            File = $"sync:{Name(provider)}",
            Symbols = Truncate(string.Join(",", outcomes.Select(o => o.Symbol)), 1000),
            Rows = outcomes.Sum(o => o.NewRows),
            Status = failed == 0 ? ImportStatus.Succeeded : ImportStatus.Refused,
            Message = string.Join('\n', new[] { summary }.Concat(lines)),
            StartedUtc = started.UtcDateTime,
            DurationMs = elapsed.TotalMilliseconds,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    internal static string Name(SyncProvider provider) => provider.ToString().ToLowerInvariant();

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredDates(DateOnly? First, DateOnly? Last, DateOnly? OverlapFrom);
}
