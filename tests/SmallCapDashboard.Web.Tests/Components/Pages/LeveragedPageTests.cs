using System.Globalization;
using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

[Collection(FlowsCollection.Name)]
public sealed class LeveragedPageTests(FlowsFactory factory)
{
    [Fact]
    public async Task Csv_IndexUpTenDownTen_GivesHandWorkedQuantities()
    {
        // Test data: TIDX 100 → 110 → 99, TLEV (β = 3) 100 → 130 → 90.
        // Daily-reset path (1 + 0.3)(1 − 0.3) − 1 = −0.09; β × index 3 × (−0.01) = −0.03; drag −0.06;
        // fund −0.10; tracking difference −0.10 − (−0.09) = −0.01.
        var response = await factory.CreateClient().GetAsync("/export/leveraged.csv?funds=TLEV&index=TIDX&range=max");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Date,Fund,Beta,Index,FundReturn,BetaIndexReturn,DailyResetPath,CompoundingDrag,TrackingDifference", lines[0]);
        Assert.Equal(4, lines.Length);
        var last = lines[^1].Split(',');
        Assert.Equal("2024-03-06", last[0]);
        Assert.Equal("TLEV", last[1]);
        Assert.Equal("3", last[2]);
        Assert.Equal("TIDX", last[3]);
        Assert.Equal(-0.10, double.Parse(last[4], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(-0.03, double.Parse(last[5], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(-0.09, double.Parse(last[6], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(-0.06, double.Parse(last[7], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(-0.01, double.Parse(last[8], CultureInfo.InvariantCulture), 1e-12);
    }

    [Fact]
    public async Task Page_HandInput_ShowsQuantitiesWithUnits()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/leveraged?funds=TLEV&index=TIDX&range=max"));

        Assert.Contains("data-q=\"path\">−9.00 %", html, StringComparison.Ordinal);
        Assert.Contains("data-q=\"beta-index\">−3.00 %", html, StringComparison.Ordinal);
        Assert.Contains("data-q=\"drag\">−6.00 %", html, StringComparison.Ordinal);
        Assert.Contains("data-q=\"tracking\">−1.00 %", html, StringComparison.Ordinal);
        Assert.Contains("Compounding drag (return points)", html, StringComparison.Ordinal);
        Assert.Contains("Expected drag (log units)", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"daily-reset-explainer\"", html, StringComparison.Ordinal);
        Assert.Contains("Index used: <strong>TIDX</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_RutIndex_IsNamedAndMarkedStale()
    {
        // In the test market ^RUT ends 2024-09-12 and IWM 2024-12-31 (standing in for a leveraged fund here).
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/leveraged?funds=IWM&index=%5ERUT&range=1y"));

        Assert.Contains("Index used: <strong>^RUT, the Russell 2000 index", html, StringComparison.Ordinal);
        Assert.Contains("^RUT stale: ends 2024-09-12", html, StringComparison.Ordinal);
        Assert.Contains("IWM is not a leveraged or inverse fund", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_UnknownIndex_ExplainsWithoutErrorPage()
    {
        var response = await factory.CreateClient().GetAsync("/leveraged?index=NOPE&funds=TLEV");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The index NOPE is not in the database", html, StringComparison.Ordinal);
    }
}
