namespace SmallCapDashboard.Data.Changes;

/// <summary>What wrote new data into the store.</summary>
public enum DataChangeKind
{
    /// <summary>A file import (CLI or browser upload).</summary>
    Import = 0,

    /// <summary>The bundled dataset was seeded.</summary>
    Seed = 1,

    /// <summary>An online refresh (<c>smallcap sync</c> or the scheduled job).</summary>
    Sync = 2,
}

/// <summary>
/// One committed write: its kind, the data version it produced (the id of the <c>ImportRun</c> that recorded it)
/// and the symbols it touched.
/// </summary>
public sealed record DataChange(DataChangeKind Kind, long Version, IReadOnlyList<string> Symbols);
