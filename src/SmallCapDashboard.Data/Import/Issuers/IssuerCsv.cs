using System.Text;

namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// The lines of an issuer CSV (small files: a preamble, one table, a disclaimer tail) and a strict splitter
/// for one line: comma-separated, fields optionally in double quotes with <c>""</c> for a quote, surrounding
/// spaces trimmed. A quote left open at the end of a line is refused.
/// </summary>
internal sealed class IssuerCsv
{
    private IssuerCsv(string file, string[] lines)
    {
        File = file;
        Lines = lines;
    }

    public string File { get; }

    /// <summary>The lines, without line ends; the byte order mark removed.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static IssuerCsv FromText(string file, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return new IssuerCsv(file, text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray());
    }

    /// <summary>A line that holds nothing but spaces, non-breaking spaces, commas or empty quotes.</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!(char.IsWhiteSpace(c) || c is '\u00A0' or ',' or '"'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fields of 0-based line <paramref name="index"/>; refuses an unclosed quote naming the 1-based line.</summary>
    public List<string> Fields(int index)
    {
        var line = Lines[index];
        var fields = new List<string>();
        var sb = new StringBuilder();
        var i = 0;
        while (true)
        {
            sb.Clear();
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    sb.Append(line[i++]);
                }

                if (!closed)
                {
                    throw new ImportException(File, index + 1, null, "a quoted field is not closed on its line");
                }

                while (i < line.Length && line[i] != ',')
                {
                    if (!char.IsWhiteSpace(line[i]))
                    {
                        throw new ImportException(File, index + 1, null, $"text after a closing quote in field {fields.Count + 1}");
                    }

                    i++;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    sb.Append(line[i++]);
                }
            }

            fields.Add(sb.ToString().Trim().Trim('\u00A0'));
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
