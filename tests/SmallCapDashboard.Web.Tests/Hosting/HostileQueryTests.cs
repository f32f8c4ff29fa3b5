using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

[Collection(DashboardCollection.Name)]
public class HostileQueryTests(DashboardFactory factory)
{
    public static TheoryData<string, string> Cases()
    {
        var longValue = new string('9', 3000);
        return new TheoryData<string, string>
        {
            { "/spread?range=forever", "range" },
            { "/spread?small=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "small" },
            { "/spread?large=SPY;DROP%20TABLE%20Instruments", "large" },
            { "/spread?from=2020-13-45", "from" },
            { "/spread?to=yesterday", "to" },
            { "/spread?from=2021-01-01&to=2020-01-01", "from" },
            { "/spread?asof=0000-00-00", "asof" },
            { "/spread?basis=dividends", "basis" },
            { "/spread?roll=-5", "roll" },
            { "/spread?roll=" + longValue, "roll" },
            { "/spread?%00=1", "?" },
            { "/spread?range=1y&range=5y", "range" },
            { "/spread?utm_source=newsletter", "utm_source" },
            { "/spread?small=" + Uri.EscapeDataString("IWM,../../etc/passwd"), "small" },
            { "/indicators?symbol=IWM:SPY:QQQ", "symbol" },
            { "/indicators?ma=0,-1,1e9", "ma" },
            { "/indicators?rsi=NaN", "rsi" },
            { "/indicators?macd=26,12,9", "macd" },
            { "/indicators?style=%22%3E%3Cimg%20src%3Dx%3E", "style" },
            { "/indicators?log=maybe", "log" },
            { "/indicators?freq=hourly", "freq" },
            { "/indicators?bb=1", "bb" },
            { "/flows?range=%E2%80%AE%E2%80%AE", "range" },
            { "/leveraged?from=%27%20OR%201%3D1--", "from" },
            { "/funds?range=forever", "range" },
            { "/funds?to=2024-02-30&basis=total", "to" },
            { "/data?basis=%0d%0aSet-Cookie:x=1", "basis" },
            { "/?asof=2024-02-30", "asof" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_HostileQuery_Answers200WithNotice(string url, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"query-notices\"", html, StringComparison.Ordinal);
        if (parameter != "?")
        {
            Assert.Contains($"Parameter &#x27;{parameter}&#x27;", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);
    }
}
