using SmallCapDashboard.Data.Changes;

namespace SmallCapDashboard.Data.Import;

/// <summary>Options of <c>smallcap import bars</c>.</summary>
public sealed record BarImportOptions
{
    /// <summary>Symbol to store the bars under; default: the file's ticker column, else the file name before the first dot.</summary>
    public string? Symbol { get; init; }

    public BarFormat Format { get; init; } = BarFormat.Auto;

    /// <summary>Overwrite stored bars of another source on the overlap, even when they disagree by more than 0.5%.</summary>
    public bool Replace { get; init; }

    /// <summary>The source recorded on each bar; default <c>import:FORMAT:FILENAME</c> (the bundle passes <c>bundle:…</c>).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Judge the overlap with stored bars of the same source too: a restated history (a vendor revising its past,
    /// or applying a split the stored bars do not have) that disagrees by more than 0.5% is refused unless
    /// <see cref="Replace"/>. <c>smallcap sync</c> sets it; file imports keep updating their own source's bars.
    /// </summary>
    public bool RefuseRevisedHistory { get; init; }

    /// <summary>What is writing: <see cref="DataChangeKind.Import"/> (ImportRun kind <c>bars</c>) or <see cref="DataChangeKind.Sync"/> (kind <c>sync</c>).</summary>
    public DataChangeKind Origin { get; init; } = DataChangeKind.Import;
}

/// <summary>Options of <c>smallcap import flows</c>.</summary>
public sealed record FlowImportOptions
{
    /// <summary>Import only this ticker, even when it is outside the catalogue.</summary>
    public string? Symbol { get; init; }

    public FlowFormat Format { get; init; } = FlowFormat.Auto;

    /// <summary>Overwrite stored real rows of another source on the overlap, even when they disagree by more than 0.5%.</summary>
    public bool Replace { get; init; }

    /// <summary>The source recorded on each row; default <c>import:FORMAT:FILENAME</c>.</summary>
    public string? Source { get; init; }

    /// <summary>What is writing: <see cref="DataChangeKind.Import"/> (ImportRun kind <c>flows</c>) or <see cref="DataChangeKind.Sync"/> (kind <c>sync</c>).</summary>
    public DataChangeKind Origin { get; init; } = DataChangeKind.Import;
}
