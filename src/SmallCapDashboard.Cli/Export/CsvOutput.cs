using CsvHelper;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// Writes one CSV table (header, then rows of pre-formatted cells) to stdout (<c>--out -</c> or no
/// <c>--out</c>) or to a file. CsvHelper does the quoting; <see cref="Cells"/> does the formatting.
/// A file appears only when <see cref="CompleteAsync"/> is reached: until then rows go to a temporary
/// file beside it, so a failed or cancelled export never leaves a truncated CSV under the requested name.
/// </summary>
internal sealed class CsvOutput : IAsyncDisposable
{
    private readonly TextWriter writer;
    private readonly CsvWriter csv;
    private readonly int columns;
    private readonly string? path;
    private readonly string? partialPath;
    private bool closed;

    private CsvOutput(TextWriter writer, IReadOnlyList<string> header, string? path = null, string? partialPath = null)
    {
        this.writer = writer;
        this.path = path;
        this.partialPath = partialPath;
        columns = header.Count;
        csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord([.. header]);
    }

    /// <summary>Rows written so far (without the header).</summary>
    public int Rows { get; private set; }

    /// <summary>Opens the target named by <c>--out</c>: null or <c>-</c> is <paramref name="stdout"/>.</summary>
    public static CsvOutput Open(string? outOption, TextWriter stdout, IReadOnlyList<string> header)
    {
        if (outOption is null || outOption.Trim() == "-")
        {
            return new CsvOutput(stdout, header);
        }

        var path = Path.GetFullPath(outOption.Trim());
        var directory = Path.GetDirectoryName(path);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliException($"--out: folder '{directory}' does not exist.");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"--out: '{path}' is a folder; name a file.");
        }

        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            return new CsvOutput(new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(false)), header, path, partial);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out: cannot write '{path}': {ex.Message}");
        }
    }

    /// <summary>Writes one row; it must have as many cells as the header.</summary>
    public void Write(params ReadOnlySpan<string> cells)
    {
        if (cells.Length != columns)
        {
            throw new InvalidOperationException($"A row has {cells.Length} cells; the header has {columns}.");
        }

        csv.WriteRecord(cells);
        Rows++;
    }

    /// <summary>Flushes the table; a file target is moved into place (replacing an older file of that name).</summary>
    public async Task CompleteAsync()
    {
        await CloseAsync();
        if (path is not null && partialPath is not null)
        {
            try
            {
                File.Move(partialPath, path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                File.Delete(partialPath);
                throw new CliException($"--out: cannot write '{path}': {ex.Message}");
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (partialPath is not null && File.Exists(partialPath))
        {
            File.Delete(partialPath);
        }
    }

    private async Task CloseAsync()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        await csv.FlushAsync();
        await csv.DisposeAsync();
        await writer.FlushAsync();
        if (partialPath is not null)
        {
            await writer.DisposeAsync();
        }
    }
}
