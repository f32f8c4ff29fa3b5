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
    public async Task Get_Page_NoInlineScriptsOrExternalHosts()
    {
        var html = await factory.CreateClient().GetStringAsync("/spread");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.googleapis", html, StringComparison.Ordinal);
    }
}
