namespace SmallCapDashboard.Data.Sync;

/// <summary>What one sync run is asked to do.</summary>
public sealed record SyncRequest
{
    /// <summary>
    /// Providers to run; empty = all: prices for every instrument from Yahoo with Stooq as the fallback when a
    /// download fails, and every issuer file. Naming <c>yahoo</c> or <c>stooq</c> uses only that price source.
    /// </summary>
    public IReadOnlyList<SyncProvider> Providers { get; init; } = [];

    /// <summary>Symbols to refresh; empty = every instrument in the store and the catalogue.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>Fetch prices from this session on instead of the last stored sessions (a backfill).</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Overwrite stored rows that disagree on the overlap (a vendor's revised history, a split).</summary>
    public bool Replace { get; init; }

    /// <summary>Who asked: <c>cli</c>, <c>schedule</c>, <c>manual</c> (recorded in the run's ImportRun).</summary>
    public string Trigger { get; init; } = "cli";
}

/// <summary>How one symbol's sync from one source ended.</summary>
public enum SyncStatus
{
    /// <summary>New or changed rows were stored.</summary>
    Updated,

    /// <summary>Nothing new: the store already holds the last completed session (or the file changed nothing).</summary>
    UpToDate,

    /// <summary>The download or the import failed; nothing of it was stored.</summary>
    Failed,
}

/// <summary>One line of the run's summary.</summary>
/// <param name="Symbol">Ticker.</param>
/// <param name="Provider">The provider the rows came from (the fallback's when it was used).</param>
/// <param name="Source">In words: <c>yahoo</c>, <c>stooq (fallback: …)</c>, <c>proshares</c>.</param>
/// <param name="NewRows">Rows inserted or changed.</param>
/// <param name="Status">Updated, up to date, or failed.</param>
/// <param name="Message">One line: what was stored, or why nothing was.</param>
/// <param name="Warnings">The import's warnings, one line each.</param>
/// <param name="ImportRunId">The ImportRun of the import, when it got that far.</param>
public sealed record SyncOutcome(
    string Symbol, SyncProvider Provider, string Source, int NewRows, SyncStatus Status, string Message,
    IReadOnlyList<string> Warnings, int? ImportRunId = null);

/// <summary>What a run did: one outcome per symbol and source, and the ImportRuns that record the run per provider.</summary>
public sealed record SyncReport(IReadOnlyList<SyncOutcome> Outcomes, IReadOnlyList<int> RunIds, DateTimeOffset Started, TimeSpan Elapsed)
{
    /// <summary>True when no symbol failed.</summary>
    public bool Succeeded => Outcomes.All(o => o.Status != SyncStatus.Failed);

    public int NewRows => Outcomes.Sum(o => o.NewRows);
}
