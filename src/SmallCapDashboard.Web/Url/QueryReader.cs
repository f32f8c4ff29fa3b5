using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SmallCapDashboard.Web.Url;

/// <summary>
/// Reads URL parameters leniently: every malformed or unknown value becomes a <see cref="QueryNotice"/>
/// and the default is used; nothing here throws on user input.
/// </summary>
public sealed partial class QueryReader
{
    private const int MaxShown = 40;
    private readonly Dictionary<string, StringValues> _values;
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<QueryNotice> _notices = [];

    /// <summary>Creates a reader over already parsed values (keys compared case-insensitively).</summary>
    public QueryReader(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        _values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values)
        {
            _values[pair.Key] = _values.TryGetValue(pair.Key, out var existing)
                ? StringValues.Concat(existing, pair.Value)
                : pair.Value;
        }
    }

    /// <summary>Notices collected so far.</summary>
    public IReadOnlyList<QueryNotice> Notices => _notices;

    /// <summary>Reads the query part of a URI or of a relative path such as <c>/spread?range=1y</c>.</summary>
    public static QueryReader FromUri(string uri)
    {
        var q = uri.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return new QueryReader([]);
        }

        var query = uri[q..];
        var hash = query.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            query = query[..hash];
        }

        Dictionary<string, StringValues> parsed;
        try
        {
            parsed = QueryHelpers.ParseQuery(query);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            var reader = new QueryReader([]);
            reader.Add("query", "could not be read (" + e.Message + "); defaults shown.");
            return reader;
        }

        return new QueryReader(parsed);
    }

    /// <summary>Adds a notice.</summary>
    public void Add(string parameter, string message) => _notices.Add(new QueryNotice(Shown(parameter), message));

    /// <summary>The single raw value of a parameter, or null when absent or empty. Repeats get a notice.</summary>
    public string? Raw(string name)
    {
        _read.Add(name);
        if (!_values.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            Add(name, $"given {values.Count} times; the first value '{Shown(values[0])}' is used.");
        }

        var text = values[0]?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A date <c>YYYY-MM-DD</c> between 1900 and 2200, else null with a notice.</summary>
    public DateOnly? Date(string name)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= 1900 and <= 2200)
        {
            return d;
        }

        Add(name, $"'{Shown(raw)}' is not a date in the form YYYY-MM-DD; ignored.");
        return null;
    }

    /// <summary>An integer in [min, max], else the default with a notice.</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
        {
            return v;
        }

        Add(name, $"'{Shown(raw)}' is not a whole number from {min} to {max}; using {fallback}.");
        return fallback;
    }

    /// <summary>One of the given tokens (case-insensitive), else the default with a notice.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        foreach (var a in allowed)
        {
            if (string.Equals(a, raw, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }

        Add(name, $"'{Shown(raw)}' is not one of {string.Join(", ", allowed)}; using {fallback}.");
        return fallback;
    }

    /// <summary>A boolean (<c>1|0|true|false|yes|no|on|off</c>), else the default with a notice.</summary>
    public bool Flag(string name, bool fallback)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        switch (raw.ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "on":
                return true;
            case "0" or "false" or "no" or "off":
                return false;
            default:
                Add(name, $"'{Shown(raw)}' is not true or false; using {(fallback ? "true" : "false")}.");
                return fallback;
        }
    }

    /// <summary>
    /// A comma-separated list of integers each in [min, max] (at most <paramref name="maxCount"/>, distinct unless <paramref name="distinct"/> is false);
    /// the whole default when nothing valid remains.
    /// </summary>
    public IReadOnlyList<int> IntList(string name, IReadOnlyList<int> fallback, int min, int max, int maxCount, bool distinct = true)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        var result = new List<int>();
        foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            {
                if ((!distinct || !result.Contains(v)) && result.Count < maxCount)
                {
                    result.Add(v);
                }
            }
            else
            {
                Add(name, $"'{Shown(part)}' is not a whole number from {min} to {max}; ignored.");
            }
        }

        if (result.Count == 0)
        {
            Add(name, $"no usable value; using {string.Join(",", fallback)}.");
            return fallback;
        }

        return result;
    }

    /// <summary>
    /// A comma-separated list of symbols (letters, digits, <c>^ . -</c>, up to 12 characters; upper-cased).
    /// With <paramref name="allowRatio"/> an entry may be a ratio <c>A:B</c>.
    /// </summary>
    public IReadOnlyList<string> Symbols(string name, IReadOnlyList<string> fallback, int maxCount, bool allowRatio = false)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        var result = new List<string>();
        foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var symbol = part.ToUpperInvariant();
            var ok = allowRatio && symbol.Split(':') is [var a, var b]
                ? SymbolPattern().IsMatch(a) && SymbolPattern().IsMatch(b)
                : SymbolPattern().IsMatch(symbol);
            if (!ok)
            {
                Add(name, $"'{Shown(part)}' is not a symbol; ignored.");
            }
            else if (result.Count >= maxCount)
            {
                Add(name, $"at most {maxCount} symbols; '{Shown(part)}' ignored.");
            }
            else if (!result.Contains(symbol))
            {
                result.Add(symbol);
            }
        }

        if (result.Count == 0)
        {
            Add(name, $"no usable symbol; using {string.Join(",", fallback)}.");
            return fallback;
        }

        return result;
    }

    /// <summary>Adds a notice for every parameter present in the URL that no one read.</summary>
    public void ReportUnknown()
    {
        foreach (var key in _values.Keys)
        {
            if (!_read.Contains(key))
            {
                Add(key.Length == 0 ? "(empty name)" : key, "is not a parameter of this page; ignored.");
            }
        }
    }

    /// <summary>Shortens and cleans a user value for display in a notice.</summary>
    public static string Shown(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var chars = new char[Math.Min(value.Length, MaxShown)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.IsControl(value[i]) ? '?' : value[i];
        }

        return value.Length > MaxShown ? new string(chars) + "…" : new string(chars);
    }

    [GeneratedRegex(@"^\^?[A-Z0-9][A-Z0-9.\-]{0,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolPattern();
}
