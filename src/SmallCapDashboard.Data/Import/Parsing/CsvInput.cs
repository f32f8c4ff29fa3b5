using System.Globalization;
using System.Text;
using CsvHelper;

namespace SmallCapDashboard.Data.Import.Parsing;

/// <summary>
/// Reads a CSV file record by record with CsvHelper's reader: bounded (a record longer than
/// <see cref="MaxRecordBytes"/> is refused before it is buffered whole), blank rows skipped, HTML and empty
/// files refused from the first bytes; every record must have exactly the header's fields (a shifted column, as an
/// unquoted thousands separator makes, is refused, never read); builds <see cref="ImportException"/>s naming the
/// file, line and field.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    /// <summary>Longest record accepted, in bytes. Real price and flow lines are under 300 bytes.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    private const int SniffBytes = 2048;

    private readonly CsvReader _reader;

    private CsvInput(Stream stream, string fileName, DateOnly latestDate)
    {
        FileName = fileName;
        LatestDate = latestDate;
        Sniff(stream, fileName);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            BufferSize = 64 * 1024,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        _reader = CsvReader.Create(stream, options, leaveOpen: false);
        ReadHeader();
    }

    public string FileName { get; }

    /// <summary>The latest date a row may carry (<see cref="ImportBounds.LatestDate"/>).</summary>
    public DateOnly LatestDate { get; }

    /// <summary>Header names, trimmed, with empty trailing columns (trailing commas) removed.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>1-based line of the header row.</summary>
    public int HeaderLine { get; private set; } = 1;

    /// <summary>1-based line of the current record.</summary>
    public int Line { get; private set; }

    /// <summary>Fields of the header row as written, trailing empty ones included.</summary>
    private int _headerFields;

    public static CsvInput Open(string path, DateOnly latestDate)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        try
        {
            return new CsvInput(stream, Path.GetFileName(path), latestDate);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads from a stream (UTF-8 unless a byte order mark says otherwise); the input takes ownership of it.</summary>
    public static CsvInput Open(Stream stream, string fileName, DateOnly latestDate)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            stream.Dispose();
            copy.Position = 0;
            stream = copy;
        }

        try
        {
            return new CsvInput(stream, fileName, latestDate);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Index of a header column (case-insensitive, surrounding spaces ignored), or -1. A column the header names
    /// twice is refused: which of the two holds the values is a guess.
    /// </summary>
    public int IndexOf(string name)
    {
        var found = -1;
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                if (found >= 0)
                {
                    throw new ImportException(FileName, HeaderLine, Header[i],
                        $"column '{Fields.Show(Header[i])}' appears twice in the header (columns {found + 1} and {i + 1}); refused rather than picking one");
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>
    /// Moves to the next record that has a value; false at the end of the file. Refuses a record whose fields do
    /// not line up with the header: it must have every named column, and beyond them at most the header's own
    /// trailing empty columns, empty.
    /// </summary>
    public bool Read()
    {
        if (!NextWithValue())
        {
            return false;
        }

        CheckFieldCount();
        return true;
    }

    /// <summary>The raw UTF-8 bytes of a field (unquoted), empty when the record is shorter.</summary>
    public ReadOnlySpan<byte> Span(int index) => index < _reader.FieldCount ? _reader.GetSpan(index) : default;

    /// <summary>The trimmed field at <paramref name="index"/>, or "" when the record is shorter.</summary>
    public string this[int index] => index < _reader.FieldCount ? _reader.GetString(index).Trim() : "";

    public ImportException Error(string? field, string problem) => new(FileName, Line, field, problem);

    public void Dispose() => _reader.Dispose();

    private bool NextWithValue()
    {
        while (Next())
        {
            if (!IsBlankRecord())
            {
                return true;
            }
        }

        return false;
    }

    private bool Next()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? (int)e.LineNumber : Line + 1;
            throw new ImportException(FileName, line, null,
                $"record longer than {MaxRecordBytes / 1024} KiB or malformed; not a price or flow CSV (refused without reading it whole)");
        }

        Line = (int)_reader.LineNumber;
        return more;
    }

    /// <summary>True when the field is empty (after trimming) or the text <c>null</c> (any case), without allocating.</summary>
    public bool IsMissing(int index)
    {
        if (index >= _reader.FieldCount || _reader.IsEmpty(index))
        {
            return true;
        }

        var span = _reader.GetSpan(index);
        return span.Length == 4 && Ascii.EqualsIgnoreCase(span, "null"u8);
    }

    /// <summary>
    /// Fast path for an ISO date (<c>yyyy-MM-dd</c>) read from the UTF-8 bytes; <paramref name="rest"/> is what
    /// follows it (a time of day and offset, checked by the caller), empty for a plain date.
    /// </summary>
    public bool TryIsoDate(int index, out DateOnly date, out ReadOnlySpan<byte> rest)
    {
        date = default;
        rest = default;
        if (index >= _reader.FieldCount)
        {
            return false;
        }

        var s = _reader.GetSpan(index);
        if (s.Length < 10 || s[4] != (byte)'-' || s[7] != (byte)'-' || (s.Length > 10 && s[10] != (byte)' ' && s[10] != (byte)'T'))
        {
            return false;
        }

        if (!TryDigits(s[..4], out var y) || !TryDigits(s.Slice(5, 2), out var m) || !TryDigits(s.Slice(8, 2), out var d)
            || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        rest = s[10..];
        return true;
    }

    private void CheckFieldCount()
    {
        var count = _reader.FieldCount;
        var named = Header.Count;
        if (count < named)
        {
            throw Error(Header[count],
                $"{count} fields where the header has {named}; the row ends before '{Header[count]}' (refused, never guessed)");
        }

        for (var i = named; i < count; i++)
        {
            if (i >= _headerFields || !_reader.IsEmpty(i))
            {
                throw Error($"#{i + 1}",
                    $"{count} fields where the header has {named}: an unquoted thousands separator or decimal comma shifts the columns (refused, never guessed)");
            }
        }
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private bool IsBlankRecord()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (!_reader.IsEmpty(i))
            {
                return false;
            }
        }

        return true;
    }

    private static void Sniff(Stream stream, string fileName)
    {
        var buffer = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < SniffBytes && (read = stream.Read(buffer, length, SniffBytes - length)) > 0)
        {
            length += read;
        }

        stream.Position = 0;
        var text = Encoding.UTF8.GetString(buffer, 0, length).AsSpan().TrimStart("\uFEFF \t\r\n\0");
        if (text.IsEmpty)
        {
            throw new ImportException(fileName, null, null, "the file is empty");
        }

        if (text[0] == '<' || text.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportException(fileName, 1, null,
                "HTML, not CSV (the provider probably answered with a login or error page)");
        }
    }

    private void ReadHeader()
    {
        if (!NextWithValue())
        {
            throw new ImportException(FileName, null, null, "the file is empty");
        }

        HeaderLine = Line;
        _headerFields = _reader.FieldCount;
        var names = new List<string>(_reader.FieldCount);
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            names.Add(this[i].TrimStart('\uFEFF'));
        }

        while (names.Count > 0 && names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        Header = names;
    }
}
