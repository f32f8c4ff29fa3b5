using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>
/// The <c>/funds</c> view: <c>symbols</c> (comma-separated, up to 6; default IWM,IJR). The page shows each fund's whole
/// stored history of AUM and shares outstanding and its stored holdings snapshots, so it takes no date window.
/// </summary>
public sealed record FundsQuery(IReadOnlyList<string> Symbols)
{
    /// <summary>Default funds: the two small-cap ETFs whose issuer files carry holdings.</summary>
    public static IReadOnlyList<string> DefaultSymbols { get; } = ["IWM", "IJR"];

    /// <summary>Most funds on one page.</summary>
    public const int MaxSymbols = 6;

    /// <summary>Parses a URI; bad or unknown parameters become notices.</summary>
    public static FundsQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices)
    {
        var reader = QueryReader.FromUri(uri);
        var symbols = reader.Symbols("symbols", DefaultSymbols, MaxSymbols);
        reader.ReportUnknown();
        notices = reader.Notices;
        return new FundsQuery(symbols);
    }

    /// <summary>The query string (without '?').</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        w.Set("symbols", Symbols);
        return w.ToString();
    }
}
