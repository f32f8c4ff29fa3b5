using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Import;

/// <summary>What an import did. A refused import wrote nothing but its <see cref="ImportRun"/>.</summary>
/// <param name="Status">Succeeded or Refused.</param>
/// <param name="ImportRunId">Id of the <see cref="ImportRun"/> recording this attempt.</param>
/// <param name="File">File name (without folders).</param>
/// <param name="Format">Format read, lower case (empty when refused before detection).</param>
/// <param name="Symbols">Symbols written (or that would have been).</param>
/// <param name="RowsRead">Bars or fund-days read from the file.</param>
/// <param name="RowsWritten">Rows inserted or changed (0 when re-importing the same file).</param>
/// <param name="Warnings">One line each.</param>
/// <param name="Error">The one-line refusal (file, line, field, problem), or null.</param>
/// <param name="ParseTime">Reading and checking the file.</param>
/// <param name="WriteTime">Comparing with stored rows and writing, inside the transaction.</param>
/// <param name="TotalTime">The whole attempt.</param>
public sealed record ImportResult(
    ImportStatus Status,
    int ImportRunId,
    string File,
    string Format,
    IReadOnlyList<string> Symbols,
    int RowsRead,
    int RowsWritten,
    IReadOnlyList<string> Warnings,
    string? Error,
    TimeSpan ParseTime,
    TimeSpan WriteTime,
    TimeSpan TotalTime)
{
    public bool Succeeded => Status == ImportStatus.Succeeded;

    /// <summary>The holdings snapshot stored by an issuer-file import (iShares, Direxion), else null.</summary>
    public HoldingsImported? Holdings { get; init; }

    /// <summary>
    /// The field a refusal names (<see cref="ImportException.Field"/>), else null. <see cref="ImportException.FundNameField"/>
    /// means the file's fund name is not in the catalogue and the import can be retried with a symbol.
    /// </summary>
    public string? RefusedField { get; init; }
}

/// <summary>The holdings snapshot an issuer-file import stored.</summary>
/// <param name="Symbol">The fund.</param>
/// <param name="AsOf">The snapshot's as-of date.</param>
/// <param name="Lines">Holdings in the file.</param>
/// <param name="LinesWritten">Holdings written (0 when the same snapshot was already stored).</param>
/// <param name="Replaced">True when a different snapshot of the same fund and day was replaced.</param>
public sealed record HoldingsImported(string Symbol, DateOnly AsOf, int Lines, int LinesWritten, bool Replaced);
