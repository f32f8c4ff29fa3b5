using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>
/// The <c>/funds</c> view: <c>symbols</c> (comma-separated, up to 6; default IWM,IJR) plus the shared window
/// parameters. The AUM and shares-outstanding charts show the window; the holdings tables use each fund's latest
/// snapshot on or before the as-of date. AUM, shares and weights have no price basis: <c>basis=total</c> is ignored
/// with a notice.
/// </summary>
public sealed record FundsQuery(ViewWindow Window, IReadOnlyList<string> Symbols)
{
    /// <summary>Default funds: the two small-cap ETFs whose issuer files carry holdings.</summary>
    public static IReadOnlyList<string> DefaultSymbols { get; } = ["IWM", "IJR"];

    /// <summary>Most funds on one page.</summary>
    public const int MaxSymbols = 6;

    /// <summary>Parses a URI; bad or unknown parameters become notices.</summary>
    public static FundsQuery Parse(string uri, out IReadOnlyList<QueryNotice> notices)
    {
        var reader = QueryReader.FromUri(uri);
        var window = ViewWindow.Read(reader);
        if (window.Basis != PriceBasis.Price)
        {
            reader.Add("basis", "AUM, shares outstanding and holdings weights have no price basis; ignored.");
            window = window with { Basis = PriceBasis.Price };
        }

        var symbols = reader.Symbols("symbols", DefaultSymbols, MaxSymbols);
        reader.ReportUnknown();
        notices = reader.Notices;
        return new FundsQuery(window, symbols);
    }

    /// <summary>The query string (without '?').</summary>
    public string ToQuery()
    {
        var w = new QueryWriter();
        Window.Write(w);
        w.Set("symbols", Symbols);
        return w.ToString();
    }
}
