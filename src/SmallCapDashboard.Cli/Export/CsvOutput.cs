using CsvHelper;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// Writes one CSV table (header, then rows of pre-formatted cells) to stdout (<c>--out -</c> or no
/// <c>--out</c>) or to a file. CsvHelper does the quoting; <see cref="Cells"/> does the formatting.
/// </summary>
internal sealed class CsvOutput : IAsyncDisposable
{
    private readonly TextWriter writer;
    private readonly bool ownsWriter;
    private readonly CsvWriter csv;
    private readonly int columns;

    private CsvOutput(TextWriter writer, bool ownsWriter, IReadOnlyList<string> header)
    {
        this.writer = writer;
        this.ownsWriter = ownsWriter;
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
            return new CsvOutput(stdout, ownsWriter: false, header);
        }

        var path = Path.GetFullPath(outOption.Trim());
        var directory = Path.GetDirectoryName(path);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliException($"--out: folder '{directory}' does not exist.");
        }

        try
        {
            return new CsvOutput(new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)), ownsWriter: true, header);
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

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await csv.FlushAsync();
        await csv.DisposeAsync();
        await writer.FlushAsync();
        if (ownsWriter)
        {
            await writer.DisposeAsync();
        }
    }
}
