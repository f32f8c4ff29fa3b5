using System.Globalization;
using System.Text;

namespace SmallCapDashboard.Web.Url;

/// <summary>Builds a query string in a stable parameter order (the order of the calls).</summary>
public sealed class QueryWriter
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    /// <summary>Sets a text value (null or empty values are omitted).</summary>
    public QueryWriter Set(string name, string? value)
    {
        _pairs.RemoveAll(p => p.Key == name);
        if (!string.IsNullOrEmpty(value))
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Sets a date as <c>YYYY-MM-DD</c>.</summary>
    public QueryWriter Set(string name, DateOnly? value) =>
        Set(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Sets an integer.</summary>
    public QueryWriter Set(string name, int value) => Set(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets a comma-separated list.</summary>
    public QueryWriter Set<T>(string name, IEnumerable<T> values) =>
        Set(name, string.Join(",", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));

    /// <summary>The query string without the leading '?', commas and colons left readable.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in _pairs)
        {
            if (sb.Length > 0)
            {
                sb.Append('&');
            }

            sb.Append(Uri.EscapeDataString(key)).Append('=')
              .Append(Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal)
                  .Replace("%3A", ":", StringComparison.Ordinal).Replace("%5E", "^", StringComparison.Ordinal));
        }

        return sb.ToString();
    }

    /// <summary>A path with this query, e.g. <c>/spread?range=1y</c>.</summary>
    public string ToUrl(string path)
    {
        var q = ToString();
        return q.Length == 0 ? path : path + "?" + q;
    }
}
