using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Import;

/// <summary>Bookkeeping of one attempt: timings, warnings, and the ImportRun that records it.</summary>
internal sealed class ImportAttempt(TimeProvider time, string kind, string path)
{
    private readonly DateTime _started = time.GetUtcNow().UtcDateTime;
    private readonly long _start = time.GetTimestamp();
    private long _parsedAt;

    public string File { get; } = Path.GetFileName(path);

    public string Format { get; private set; } = "";

    public List<string> Symbols { get; } = [];

    public List<string> Warnings { get; } = [];

    public int Read { get; private set; }

    public int Written { get; set; }

    public HoldingsImported? Holdings { get; set; }

    public void Parsed(string format, int rows, IReadOnlyList<string> warnings)
    {
        _parsedAt = time.GetTimestamp();
        Format = format;
        Read = rows;
        Warnings.AddRange(warnings);
    }

    public async Task<ImportResult> SucceedAsync(MarketDbContext context, IDbContextTransaction transaction, CancellationToken ct)
    {
        var holdings = Holdings is { } h ? $"; holdings of {h.AsOf:yyyy-MM-dd}: {h.Lines} read, {h.LinesWritten} written" : "";
        var run = NewRun(ImportStatus.Succeeded, $"read {Read}, wrote {Written} ({string.Join(", ", Symbols)}){holdings}");
        context.ImportRuns.Add(run);
        await context.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result(ImportStatus.Succeeded, run.Id, null);
    }

    public async Task<ImportResult> RefuseAsync(IDbContextFactory<MarketDbContext> factory, ImportException e, CancellationToken ct)
    {
        Written = 0;
        var run = NewRun(ImportStatus.Refused, e.Message);
        await using var context = await factory.CreateDbContextAsync(ct);
        context.ImportRuns.Add(run);
        await context.SaveChangesAsync(ct);
        return Result(ImportStatus.Refused, run.Id, e.Message) with { RefusedField = e.Field };
    }

    private ImportRun NewRun(ImportStatus status, string summary)
    {
        var message = string.Join('\n', new[] { summary }.Concat(Warnings));
        return new ImportRun
        {
            Kind = kind,
            Format = Format,
            File = Truncate(path, 1000),
            Symbols = Truncate(string.Join(",", Symbols), 1000),
            Rows = Written,
            Status = status,
            Message = message,
            StartedUtc = _started,
            DurationMs = time.GetElapsedTime(_start).TotalMilliseconds,
        };
    }

    private ImportResult Result(ImportStatus status, int runId, string? error)
    {
        var total = time.GetElapsedTime(_start);
        var parse = _parsedAt == 0 ? total : time.GetElapsedTime(_start, _parsedAt);
        return new ImportResult(status, runId, File, Format, Symbols, Read, Written, Warnings, error, parse, total - parse, total)
        {
            Holdings = status == ImportStatus.Succeeded ? Holdings : null,
        };
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
