using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

[Collection(DashboardCollection.Name)]
public class RouteTests(DashboardFactory factory)
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/spread", "/indicators", "/flows", "/leveraged", "/funds", "/data",
        "/?range=ytd", "/spread?range=3y&small=IWM&large=SPY&basis=total", "/indicators?symbol=IWM:SPY&ma=10,50&range=max",
        "/flows?funds=IWM,IJR&range=1y", "/leveraged?range=5y", "/data?range=max",
        "/spread?from=2020-01-01&to=2020-06-30&asof=2020-06-30", "/funds?symbols=IWM,IJR&range=max&asof=2024-12-31",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_Answers200WithoutNotice(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("SmallCap Dashboard", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"query-notices\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"panel-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Data_ListsSeededSymbolsAndImports()
    {
        var html = await factory.CreateClient().GetStringAsync("/data");
        Assert.Contains("SYNA (TA-Lib reference bars)", html, StringComparison.Ordinal);
        Assert.Contains("reference/SYNA/bars.csv", html, StringComparison.Ordinal);
        // DIA ends 2024-11-29 while the others run to 2024-12-31: one stale badge per such row.
        Assert.Contains("2024-11-29", html, StringComparison.Ordinal);
        Assert.Contains(">stale<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Healthz_ReportsDatabaseUp()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"database\":\"up\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StaticAssets_Served()
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { "/_content/MudBlazor/MudBlazor.min.css", "/assets/js/dashboard.js", "/assets/css/app.css", "/_framework/blazor.web.js" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, url);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, url);
        }
    }
}
