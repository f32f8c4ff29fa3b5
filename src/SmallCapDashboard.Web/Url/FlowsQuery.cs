namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The <c>/flows</c> view: <c>funds</c> (comma-separated, up to 8; default IWM,IJR,TNA,TZA) and <c>real=1</c>
/// ("real data only": modelled rows are hidden), plus the shared window parameters.
/// </summary>
public sealed record FlowsQuery(ViewWindow Window, IReadOnlyList<string> Funds, bool RealOnly)
{
    /// <summary>Default funds: the two small-cap ETFs and the 3× bull/bear pair the articles compare.</summary>
    public static IReadOnlyList<string> DefaultFunds { get; } = ["IWM", "IJR", "TNA", "TZA"];

    /// <summary>Preset comparisons offered as one-click buttons.</summary>
    public static IReadOnlyList<(string Label, string[] Funds)> Presets { get; } =
    [
        ("IWM vs IJR", ["IWM", "IJR"]),
        ("TNA vs TZA", ["TNA", "TZA"]),
        ("IWM, IJR, TNA, TZA", ["IWM", "IJR", "TNA", "TZA"]),
        ("IWM, SPY, DIA, QQQ", ["IWM", "SPY", "DIA", "QQQ"]),
    ];

    /// <summary>Most funds on one page.</summary>
    public const int MaxFunds = 8;

    /// <summary>Parses a URI; bad values become notices.</summary>
    public static FlowsQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices)
    {
        var reader = QueryReader.FromUri(uri);
        var window = ViewWindow.Read(reader);
        var funds = reader.Symbols("funds", DefaultFunds, MaxFunds);
        var real = reader.Flag("real", false);
        reader.ReportUnknown();
        notices = reader.Notices;
        return new FlowsQuery(window, funds, real);
    }

    /// <summary>The query string of this view (without '?').</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        Window.Write(w);
        w.Set("funds", Funds);
        if (RealOnly)
        {
            w.Set("real", "1");
        }

        return w.ToString();
    }
}
