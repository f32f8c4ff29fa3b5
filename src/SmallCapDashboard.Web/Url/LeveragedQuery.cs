namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The <c>/leveraged</c> view: <c>funds</c> (default TNA,TZA,RWM,TWM,SRTY) and <c>index</c> (default IWM, the Russell
/// 2000 ETF, which runs to the end of the data; the page offers IWM and ^RUT, the index itself, which ends 2024-09-12
/// here; any stored symbol is accepted), plus the shared window parameters. The index's β multiple is each fund's own (TNA 3, TZA −3, RWM −1, TWM −2, SRTY −3).
/// </summary>
public sealed record LeveragedQuery(ViewWindow Window, IReadOnlyList<string> Funds, string Index)
{
    /// <summary>The leveraged and inverse Russell 2000 funds.</summary>
    public static IReadOnlyList<string> DefaultFunds { get; } = ["TNA", "TZA", "RWM", "TWM", "SRTY"];

    /// <summary>The indices offered.</summary>
    public static IReadOnlyList<string> Indices { get; } = ["IWM", "^RUT"];

    /// <summary>Default index.</summary>
    public const string DefaultIndex = "IWM";

    /// <summary>Parses a URI; bad values become notices.</summary>
    public static LeveragedQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices)
    {
        var reader = QueryReader.FromUri(uri);
        var window = ViewWindow.Read(reader);
        var funds = reader.Symbols("funds", DefaultFunds, 8);
        var index = reader.Symbols("index", [DefaultIndex], 1)[0];
        reader.ReportUnknown();
        notices = reader.Notices;
        return new LeveragedQuery(window, funds, index);
    }

    /// <summary>The query string of this view (without '?').</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        Window.Write(w);
        if (!SameFunds(Funds, DefaultFunds))
        {
            w.Set("funds", Funds);
        }

        if (Index != DefaultIndex)
        {
            w.Set("index", Index);
        }

        return w.ToString();
    }

    private static bool SameFunds(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal);
}
