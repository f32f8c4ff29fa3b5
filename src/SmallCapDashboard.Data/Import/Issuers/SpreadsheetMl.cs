using System.Globalization;
using System.Text;

namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// A tolerant scanner of SpreadsheetML 2003 (<c>&lt;ss:Workbook&gt;</c> XML, as the iShares "fund" download
/// serves it). Real files are NOT well-formed XML: holdings names carry a raw <c>&amp;</c> and a disclaimer cell
/// carries HTML, so a strict XML parser fails on the whole file. This reads only the structure it needs —
/// <c>Worksheet ss:Name</c>, <c>Row [ss:Index]</c>, <c>Cell [ss:Index] [ss:MergeAcross]</c>, <c>Data ss:Type</c> —
/// takes each <c>Data</c> element's content up to its own closing tag (tags inside it dropped, the five XML
/// entities and character references decoded, any other <c>&amp;</c> kept as is), and ignores everything else.
/// The namespace prefix is optional (<c>ss:Row</c> or <c>Row</c>). Values are left as text: checking them is
/// the format readers' job.
/// </summary>
internal sealed class SpreadsheetMl
{
    private readonly string _text;
    private int[]? _newlines;

    private SpreadsheetMl(string text, List<Worksheet> sheets)
    {
        _text = text;
        Sheets = sheets;
    }

    public IReadOnlyList<Worksheet> Sheets { get; }

    public Worksheet? Sheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>1-based line of a character offset in the file (newline offsets indexed once, then a binary search).</summary>
    public int LineOf(int offset)
    {
        if (_newlines is null)
        {
            var list = new List<int>(_text.Length / 32);
            for (var i = _text.IndexOf('\n'); i >= 0; i = _text.IndexOf('\n', i + 1))
            {
                list.Add(i);
            }

            _newlines = [.. list];
        }

        var at = Array.BinarySearch(_newlines, offset);
        return (at >= 0 ? at : ~at) + 1;
    }

    /// <summary>True when the text looks like a SpreadsheetML workbook (its root element or namespace in the first bytes).</summary>
    public static bool Looks(string head) =>
        head.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase)
        || head.Contains("<ss:Workbook", StringComparison.OrdinalIgnoreCase)
        || head.Contains("<Workbook", StringComparison.Ordinal);

    public static SpreadsheetMl Scan(string text)
    {
        var sheets = new List<Worksheet>();
        string? sheetName = null;
        List<SheetRow>? rows = null;
        List<SheetCell>? cells = null;
        var rowNumber = 0;
        var rowOffset = 0;
        var column = 0;
        var cellColumn = 0;
        var cellSpan = 0;
        var cellHasData = false;

        var pos = 0;
        while (true)
        {
            var lt = text.IndexOf('<', pos);
            if (lt < 0 || lt + 1 >= text.Length)
            {
                break;
            }

            var next = text[lt + 1];
            if (next == '!')
            {
                pos = string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0 ? After(text, "-->", lt + 4) : After(text, ">", lt + 2);
                continue;
            }

            if (next == '?')
            {
                pos = After(text, "?>", lt + 2);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var tagEnd = TagEnd(text, nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var qualified = text[nameStart..nameEnd];
            var colon = qualified.IndexOf(':');
            var local = colon >= 0 ? qualified[(colon + 1)..] : qualified;
            var selfClosing = !closing && text[tagEnd - 1] == '/';
            var attributes = closing ? "" : text[nameEnd..(selfClosing ? tagEnd - 1 : tagEnd)];
            pos = tagEnd + 1;

            switch (local)
            {
                case "Worksheet" when !closing:
                    Flush();
                    sheetName = Decode(Attribute(attributes, "Name") ?? "");
                    rows = [];
                    rowNumber = 0;
                    if (selfClosing)
                    {
                        Flush();
                    }

                    break;
                case "Worksheet":
                    Flush();
                    break;
                case "Row" when !closing && rows is not null:
                    rowNumber = Index(attributes) ?? rowNumber + 1;
                    rowOffset = lt;
                    cells = [];
                    column = 0;
                    if (selfClosing)
                    {
                        rows.Add(new SheetRow(rowNumber, rowOffset, cells));
                        cells = null;
                    }

                    break;
                case "Row" when cells is not null && rows is not null:
                    rows.Add(new SheetRow(rowNumber, rowOffset, cells));
                    cells = null;
                    break;
                case "Cell" when !closing && cells is not null:
                    cellColumn = Index(attributes) ?? column + 1;
                    cellSpan = int.TryParse(Attribute(attributes, "MergeAcross"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
                    column = cellColumn + cellSpan;
                    cellHasData = false;
                    break;
                case "Data" when !closing && cells is not null:
                    var type = Attribute(attributes, "Type") ?? "String";
                    var content = "";
                    if (!selfClosing)
                    {
                        var close = text.IndexOf("</" + qualified + ">", pos, StringComparison.Ordinal);
                        var end = close < 0 ? text.Length : close;
                        content = Decode(StripTags(text, pos, end)).Trim();
                        pos = close < 0 ? text.Length : close + qualified.Length + 3;
                    }

                    if (!cellHasData)
                    {
                        cells.Add(new SheetCell(cellColumn, type, content));
                        cellHasData = true;
                    }

                    break;
            }
        }

        Flush();
        return new SpreadsheetMl(text, sheets);

        void Flush()
        {
            if (sheetName is not null && rows is not null)
            {
                if (cells is not null)
                {
                    rows.Add(new SheetRow(rowNumber, rowOffset, cells));
                }

                sheets.Add(new Worksheet(sheetName, rows));
            }

            sheetName = null;
            rows = null;
            cells = null;
        }
    }

    private static int After(string text, string token, int from)
    {
        var i = text.IndexOf(token, from, StringComparison.Ordinal);
        return i < 0 ? text.Length : i + token.Length;
    }

    /// <summary>The index of the '>' ending a tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string text, int from)
    {
        char quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static int? Index(string attributes) =>
        int.TryParse(Attribute(attributes, "Index"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i > 0 ? i : null;

    /// <summary>The value of an attribute by local name (any prefix), or null.</summary>
    private static string? Attribute(string attributes, string name)
    {
        var i = 0;
        while (i < attributes.Length)
        {
            while (i < attributes.Length && char.IsWhiteSpace(attributes[i]))
            {
                i++;
            }

            var start = i;
            while (i < attributes.Length && attributes[i] != '=' && !char.IsWhiteSpace(attributes[i]))
            {
                i++;
            }

            var qualified = attributes[start..i];
            while (i < attributes.Length && char.IsWhiteSpace(attributes[i]))
            {
                i++;
            }

            if (i >= attributes.Length || attributes[i] != '=')
            {
                if (i == start)
                {
                    i++;
                }

                continue;
            }

            i++;
            while (i < attributes.Length && char.IsWhiteSpace(attributes[i]))
            {
                i++;
            }

            if (i >= attributes.Length)
            {
                break;
            }

            string value;
            if (attributes[i] is '"' or '\'')
            {
                var q = attributes[i];
                var end = attributes.IndexOf(q, i + 1);
                end = end < 0 ? attributes.Length : end;
                value = attributes[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var vs = i;
                while (i < attributes.Length && !char.IsWhiteSpace(attributes[i]))
                {
                    i++;
                }

                value = attributes[vs..i];
            }

            var colon = qualified.IndexOf(':');
            var local = colon >= 0 ? qualified[(colon + 1)..] : qualified;
            if (string.Equals(local, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static string StripTags(string text, int start, int end)
    {
        var lt = text.IndexOf('<', start, end - start);
        if (lt < 0)
        {
            return text[start..end];
        }

        var sb = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '<')
            {
                var gt = text.IndexOf('>', i, end - i);
                if (gt < 0)
                {
                    sb.Append(text, i, end - i);
                    break;
                }

                i = gt + 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>Decodes <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos;</c> and <c>&amp;#N;</c>/<c>&amp;#xH;</c>; any other <c>&amp;</c> stays.</summary>
    internal static string Decode(string s)
    {
        var amp = s.IndexOf('&');
        if (amp < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, amp);
        var i = amp;
        while (i < s.Length)
        {
            var c = s[i];
            if (c != '&')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var semi = s.IndexOf(';', i + 1, Math.Min(12, s.Length - i - 1));
            if (semi > i + 1 && Entity(s.AsSpan(i + 1, semi - i - 1)) is { } decoded)
            {
                sb.Append(decoded);
                i = semi + 1;
                continue;
            }

            sb.Append('&');
            i++;
        }

        return sb.ToString();
    }

    private static string? Entity(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00A0";
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                return char.ConvertFromUtf32(code);
            }
        }

        return null;
    }
}
