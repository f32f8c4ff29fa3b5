using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

[Collection(DashboardCollection.Name)]
public class ShortLinkTests(DashboardFactory factory)
{
    private sealed record Created(string Id, string Url);

    [Fact]
    public async Task Create_ThenOpen_RedirectsToStoredQuery()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string path = "/spread?from=2017-01-01&to=2017-08-17&asof=2017-08-17&small=IWM&large=SPY";
        var response = await client.PostAsJsonAsync("/api/short-links", new { path });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<Created>();
        Assert.NotNull(created);
        Assert.Equal("/s/" + created.Id, created.Url);

        var redirect = await client.GetAsync(created.Url);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(path, redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Create_SameQueryTwice_SameId()
    {
        var client = factory.CreateClient();
        var a = await (await client.PostAsJsonAsync("/api/short-links", new { path = "/indicators?symbol=IWM&range=5y" })).Content.ReadFromJsonAsync<Created>();
        var b = await (await client.PostAsJsonAsync("/api/short-links", new { path = "/indicators?symbol=IWM&range=5y" })).Content.ReadFromJsonAsync<Created>();
        Assert.Equal(a!.Id, b!.Id);
    }

    [Theory]
    [InlineData("https://evil.example/spread")]
    [InlineData("//evil.example/spread")]
    [InlineData("/admin")]
    [InlineData("")]
    public async Task Create_ForeignOrUnknownPath_BadRequest(string path)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/short-links", new { path });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Open_UnknownId_NotFound()
    {
        var response = await factory.CreateClient().GetAsync("/s/doesnotexist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
