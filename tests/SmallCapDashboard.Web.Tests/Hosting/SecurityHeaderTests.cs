using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

[Collection(DashboardCollection.Name)]
public class SecurityHeaderTests(DashboardFactory factory)
{
    [Theory]
    [InlineData("/spread")]
    [InlineData("/healthz")]
    [InlineData("/assets/css/app.css")]
    public async Task Get_AnyResponse_CarriesSecurityHeaders(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_Page_ConnectSrcIsSelfOnly()
    {
        var response = await factory.CreateClient().GetAsync("/spread");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("ws:", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("wss:", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OverHttps_SendsHstsForAYear()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://dashboard.example") });
        var response = await client.GetAsync("/healthz");
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Equal("max-age=31536000", hsts);
    }

    [Fact]
    public async Task Get_OverHttp_NoHsts()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://dashboard.example") });
        var response = await client.GetAsync("/healthz");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_Page_ReloadButtonsReloadTheCurrentUrl()
    {
        var html = await factory.CreateClient().GetStringAsync("/spread?range=1y");
        Assert.DoesNotContain("href=\"\"", html, StringComparison.Ordinal);
        Assert.Contains("data-reload", html, StringComparison.Ordinal);
        Assert.Contains("assets/js/reconnect.js", html, StringComparison.Ordinal);
        var script = await factory.CreateClient().GetStringAsync("/assets/js/reconnect.js");
        Assert.Contains("window.location.reload()", script, StringComparison.Ordinal);
        Assert.Contains("components-reconnect-state-changed", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Page_NoInlineScriptsOrExternalHosts()
    {
        var html = await factory.CreateClient().GetStringAsync("/spread");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.googleapis", html, StringComparison.Ordinal);
    }
}
