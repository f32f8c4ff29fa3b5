namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The <c>/spread</c> view: <c>small</c> and <c>large</c> symbol sets (the first of each form the spread and
/// ratio pair) and <c>roll</c>, the rolling-spread length in sessions.
/// </summary>
public sealed record SpreadQuery(ViewWindow Window, IReadOnlyList<string> Small, IReadOnlyList<string> Large, int Roll)
{
    /// <summary>Default small-cap set.</summary>
    public static IReadOnlyList<string> DefaultSmall { get; } = ["IWM", "IJR"];

    /// <summary>Default large-cap set.</summary>
    public static IReadOnlyList<string> DefaultLarge { get; } = ["SPY", "DIA", "QQQ"];

    /// <summary>Default rolling-spread length (sessions, about three months).</summary>
    public const int DefaultRoll = 63;

    /// <summary>Parses a URI; bad values become notices on <paramref name="notices"/>.</summary>
    public static SpreadQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices)
    {
        var reader = QueryReader.FromUri(uri);
        var window = ViewWindow.Read(reader);
        var small = reader.Symbols("small", DefaultSmall, 6);
        var large = reader.Symbols("large", DefaultLarge, 6);
        var roll = reader.Int("roll", DefaultRoll, 2, 2520);
        reader.ReportUnknown();
        notices = reader.Notices;
        return new SpreadQuery(window, small, large, roll);
    }

    /// <summary>The query string of this view.</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        Window.Write(w);
        w.Set("small", Small).Set("large", Large);
        if (Roll != DefaultRoll)
        {
            w.Set("roll", Roll);
        }

        return w.ToString();
    }
}
