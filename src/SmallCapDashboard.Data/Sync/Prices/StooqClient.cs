using System.Globalization;

namespace SmallCapDashboard.Data.Sync.Prices;

/// <summary>Typed client of Stooq's daily CSV: <c>GET {base}/q/d/l/?s=iwm.us&amp;d1=YYYYMMDD&amp;d2=YYYYMMDD&amp;i=d</c>.</summary>
public sealed class StooqClient(HttpClient http)
{
    /// <summary>Stooq's name of a symbol: US listings are <c>iwm.us</c>, the S&amp;P 500 is <c>^spx</c>; null when it has none.</summary>
    public static string? StooqSymbol(string symbol) => symbol.ToUpperInvariant() switch
    {
        "^GSPC" => "^spx",
        "^RUT" => null,
        var s when s.StartsWith('^') => null,
        var s => s.ToLowerInvariant() + ".us",
    };

    /// <summary>The CSV body (<c>Date,Open,High,Low,Close,Volume</c>); an HTML page answered with HTTP 200 is refused.</summary>
    public async Task<byte[]> GetAsync(string symbol, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var name = StooqSymbol(symbol) ?? throw new SyncException($"stooq {symbol}: no Stooq symbol for it");
        var url = string.Create(CultureInfo.InvariantCulture,
            $"q/d/l/?s={Uri.EscapeDataString(name)}&d1={from:yyyyMMdd}&d2={to:yyyyMMdd}&i=d");
        var body = await SyncHttp.GetAsync(http, $"stooq {symbol}", url, _ => "unknown symbol (HTTP 404)", ct).ConfigureAwait(false);
        if (SyncHttp.IsHtml(body))
        {
            throw new SyncException($"stooq {symbol}: answered HTTP 200 with an HTML page (its proof-of-work check for non-browser clients), not CSV; nothing imported");
        }

        return body;
    }
}
