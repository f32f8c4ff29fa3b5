namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The query of a page that has only the shared parameters (<c>/data</c>, and the pages the flows and
/// leveraged issue fills in, which add their own parameters by reading <see cref="QueryReader"/> the same way).
/// </summary>
public sealed record PageQuery(ViewWindow Window)
{
    /// <summary>Parses a URI; unknown parameters become notices unless listed in <paramref name="extraKnown"/>.</summary>
    public static PageQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices, params string[] extraKnown)
    {
        var reader = QueryReader.FromUri(uri);
        var window = ViewWindow.Read(reader);
        foreach (var name in extraKnown)
        {
            reader.Raw(name);
        }

        reader.ReportUnknown();
        notices = reader.Notices;
        return new PageQuery(window);
    }

    /// <summary>The query string.</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        Window.Write(w);
        return w.ToString();
    }
}
