using System.Globalization;
using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

[Collection(FlowsCollection.Name)]
public sealed class OverviewPageTests(FlowsFactory factory)
{
    private async Task<string> HtmlAsync() =>
        WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/"));

    [Fact]
    public async Task Overview_RealFlowsLink_OpensBundled2026RealView()
    {
        var html = await HtmlAsync();

        Assert.Contains("href=\"/flows?funds=IWM,SPY,DIA,QQQ&from=2026-01-02&to=2026-04-03&real=1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_FlowFigure_LinksToTheThirtyDaysSummedAndSaysModelled()
    {
        var html = await HtmlAsync();

        // IWM's test fund days run 2024-12-02 … 2024-12-27; the 30 calendar days to the as-of 2024-12-31 (the last date
        // IWM and SPY share) start after 12-01 and hold all 20 days: 15 × (−1,000,000) + 5 × 2,000,000 = −5,000,000,
        // modelled days among them.
        Assert.Contains("href=\"/flows?funds=IWM&from=2024-12-02&to=2024-12-31\"", html, StringComparison.Ordinal);
        Assert.Contains("−$5.00M", html, StringComparison.Ordinal);
        var row = html[html.IndexOf("data-fund=\"IWM\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("modelled", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_PinnedAsOf_FlowsAreTheThirtyDaysEndingThere()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/?asof=2024-12-24"));

        // The 30 calendar days to 2024-12-24 start after 11-24 and hold IWM's test days 12-02 … 12-24: 15 modelled days
        // × (−1,000,000) + 2 real days (12-23, 12-24) × 2,000,000 = −11,000,000; the real days after it (12-25 … 12-27)
        // are not counted (unpinned, all 20 days sum to −5,000,000).
        Assert.Contains("href=\"/flows?funds=IWM&from=2024-11-25&to=2024-12-24\"", html, StringComparison.Ordinal);
        var row = html[html.IndexOf("data-fund=\"IWM\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("−$11.00M", row, StringComparison.Ordinal);
        Assert.Contains("to 2024-12-24", row, StringComparison.Ordinal);
        Assert.DoesNotContain("−$5.00M", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Ytd_MatchesTheTestMarketFormula()
    {
        var html = await HtmlAsync();

        // As of 2024-12-31 (IWM and SPY both end there); base = the last close of 2023 (2023-12-29).
        var days = TestMarket.Weekdays(TestMarket.End);
        int end = days.IndexOf(TestMarket.End), baseIndex = days.IndexOf(new DateOnly(2023, 12, 29));
        double iwm = TestMarket.Close("IWM", end) / TestMarket.Close("IWM", baseIndex) - 1;
        double spy = TestMarket.Close("SPY", end) / TestMarket.Close("SPY", baseIndex) - 1;
        Assert.Contains(Signed(iwm * 100) + " %", html, StringComparison.Ordinal);
        Assert.Contains("Spread IWM − SPY: " + Signed((iwm - spy) * 100) + " percentage points", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/spread?range=ytd\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Signals_LinkToIndicatorsAroundTheirDates()
    {
        var html = await HtmlAsync();

        Assert.Matches("href=\"/indicators\\?symbol=IWM&ma=50,200&from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}\"", html);
        Assert.Contains("href=\"/data\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/spread?range=max\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_UnknownParameter_ShowsNotice()
    {
        var response = await factory.CreateClient().GetAsync("/?x=%3Cscript%3E");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"query-notices\"", html, StringComparison.Ordinal);
    }

    private static string Signed(double v) =>
        (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.00", CultureInfo.InvariantCulture);
}
