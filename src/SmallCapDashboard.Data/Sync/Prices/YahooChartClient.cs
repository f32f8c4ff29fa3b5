using System.Globalization;
using System.Text;

namespace SmallCapDashboard.Data.Sync.Prices;

/// <summary>
/// Typed client of the Yahoo chart API v8:
/// <c>GET {base}/v8/finance/chart/{symbol}?period1=…&amp;period2=…&amp;interval=1d&amp;events=div,split</c>.
/// </summary>
public sealed class YahooChartClient(HttpClient http)
{
    /// <summary>The daily chart of <paramref name="symbol"/> from the session <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public async Task<YahooChart> GetAsync(string symbol, DateOnly from, DateTimeOffset to, CancellationToken ct = default)
    {
        var period1 = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
        var period2 = to.ToUnixTimeSeconds();
        var url = string.Create(CultureInfo.InvariantCulture,
            $"v8/finance/chart/{Uri.EscapeDataString(symbol)}?period1={period1}&period2={period2}&interval=1d&events=div%2Csplit");
        var body = await SyncHttp.GetAsync(http, $"yahoo {symbol}", url,
            text => $"unknown symbol ({YahooChart.ErrorOf(text) ?? "HTTP 404"})", ct).ConfigureAwait(false);
        if (SyncHttp.IsHtml(body))
        {
            throw new SyncException($"yahoo {symbol}: answered with an HTML page (a consent or login page), not chart JSON; nothing imported");
        }

        return YahooChart.Parse(symbol, Encoding.UTF8.GetString(body));
    }
}
