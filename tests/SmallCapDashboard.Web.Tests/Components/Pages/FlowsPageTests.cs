using System.Globalization;
using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

[Collection(FlowsCollection.Name)]
public sealed class FlowsPageTests(FlowsFactory factory)
{
    private async Task<string> HtmlAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_WindowWithModelledDays_LabelsThemModelled()
    {
        var html = await HtmlAsync("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13");

        Assert.Contains("data-testid=\"modelled-note\"", html, StringComparison.Ordinal);
        Assert.Contains("\"Real data only\" hides them", html, StringComparison.Ordinal);
        Assert.Contains("data-fund=\"TFLW\" data-modelled=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("5 / 5", html, StringComparison.Ordinal);
        Assert.Contains(FlowsMarket.RealSource, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WindowOfRealDaysOnly_LabelsOnlyTheTrailingAverage()
    {
        var html = await HtmlAsync("/flows?funds=TFLW&from=2024-12-09&to=2024-12-13");

        // Every day shown is real, so bars, cumulative, % of AUM, AUM and flows-over-price carry no modelled label;
        // the trailing 30-day average still looks back over the modelled days 2024-12-02 … 12-06, and the page's one
        // notice (above every panel) names only that panel.
        Assert.Equal(1, Count(html, "data-testid=\"modelled-note\""));
        Assert.Equal(1, Count(html, "data-testid=\"modelled-chip\""));
        var start = html.IndexOf("data-testid=\"modelled-note\"", StringComparison.Ordinal);
        var firstPanel = html.IndexOf("data-testid=\"flow-summary\"", StringComparison.Ordinal);
        Assert.True(start < firstPanel);
        var note = html[start..firstPanel];
        Assert.Contains("trailing 30-day average", note, StringComparison.Ordinal);
        Assert.DoesNotContain("cumulative", note, StringComparison.Ordinal);
        Assert.Contains("data-fund=\"TFLW\" data-modelled=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("5 / 0", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_RealOnly_HidesModelledDaysAndLabels()
    {
        var html = await HtmlAsync("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13&real=1");

        Assert.DoesNotContain("data-testid=\"modelled-note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"modelled-chip\"", html, StringComparison.Ordinal);
        Assert.Contains("5 / 0", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_RealOnlyWindowBeforeTheRealDays_SaysNoRealFlowsThereAndStaysOnTheWindow()
    {
        // TFLW: modelled 2024-12-02 .. 12-06, real 12-09 .. 12-13 (FlowsMarket).
        var html = await HtmlAsync("/flows?funds=TFLW&from=2024-12-02&to=2024-12-06&real=1");

        Assert.Contains("No real flows exist between 2024-12-02 and 2024-12-06 for TFLW. Real flows are stored for TFLW 2024-12-09 to 2024-12-13.", html, StringComparison.Ordinal);
        Assert.Contains("As of 2024-12-06", Visible(html), StringComparison.Ordinal);
        Assert.DoesNotContain("As of 2024-12-13", Visible(html), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"chart-panel\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"modelled-note\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_RealOnlyWindowOverTheRealDays_Unchanged()
    {
        var html = await HtmlAsync("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13&asof=2024-12-13&real=1");

        Assert.DoesNotContain("No real flows exist", html, StringComparison.Ordinal);
        Assert.Contains("5 / 0", html, StringComparison.Ordinal);
        Assert.Contains("As of 2024-12-13", Visible(html), StringComparison.Ordinal);
    }

    /// <summary>The page's text: tags and Blazor's comment markers removed.</summary>
    private static string Visible(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<!--.*?-->", ""), "<[^>]+>", "");

    [Fact]
    public async Task Page_BadParameters_ShowNoticeAndDefaults()
    {
        var html = await HtmlAsync("/flows?funds=%25%25%25&real=maybe&range=forever&colour=red");

        Assert.Contains("data-testid=\"query-notices\"", html, StringComparison.Ordinal);
        Assert.Contains("Parameter 'real'", html, StringComparison.Ordinal);
        Assert.Contains("Parameter 'funds'", html, StringComparison.Ordinal);
        Assert.Contains("Parameter 'colour'", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_UnknownFundOnly_ExplainsInsteadOfFailing()
    {
        var html = await HtmlAsync("/flows?funds=NOPE");

        Assert.Contains("No flow data for NOPE", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"empty-state\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Window_HasEveryDayWithModelledFlagAndHandSums()
    {
        var lines = await CsvAsync("/export/flows.csv?funds=TFLW&from=2024-12-02&to=2024-12-13");

        Assert.Equal("Date,Fund,NetFlow,CumulativeFlow,TrailingAverage30d,Aum,PercentOfAum,Close,Source,Modelled", lines[0]);
        Assert.Equal(11, lines.Length);
        // Running sum of the test flows 0, 500, 500, 500, 500, −250 × 5: 0, 500, 1000, 1500, 2000, 1750, 1500, 1250, 1000, 750.
        double[] cumulative = [0, 500, 1000, 1500, 2000, 1750, 1500, 1250, 1000, 750];
        for (var i = 0; i < 10; i++)
        {
            var f = lines[i + 1].Split(',');
            Assert.Equal(FlowsMarket.FlowDays[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f[0]);
            Assert.Equal("TFLW", f[1]);
            Assert.Equal(FlowsMarket.Flow(i), double.Parse(f[2], CultureInfo.InvariantCulture));
            Assert.Equal(cumulative[i], double.Parse(f[3], CultureInfo.InvariantCulture));
            Assert.Equal((50.0 + i).ToString(CultureInfo.InvariantCulture), f[7]);
            Assert.Equal(FlowsMarket.IsModelled(i) ? "true" : "false", f[9]);
        }
    }

    [Fact]
    public async Task Csv_RealOnly_HasOnlyRealRows()
    {
        var lines = await CsvAsync("/export/flows.csv?funds=TFLW&from=2024-12-02&to=2024-12-13&real=1");

        Assert.Equal(6, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.EndsWith("," + FlowsMarket.RealSource + ",false", l, StringComparison.Ordinal));
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private async Task<string[]> CsvAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
