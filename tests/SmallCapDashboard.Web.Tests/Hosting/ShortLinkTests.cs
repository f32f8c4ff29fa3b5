using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

/// <summary>Own factory with a limit no test here reaches (the rate limit has its own tests).</summary>
public sealed class ShortLinkFactory : DashboardFactory
{
    public ShortLinkFactory() => Settings["Dashboard:ShortLinksPerMinute"] = "1000";
}

public class ShortLinkTests(ShortLinkFactory factory) : IClassFixture<ShortLinkFactory>
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

    public static TheoryData<string> HostilePaths => new()
    {
        "/spread?x=1\r\nSet-Cookie: a=b",
        "/spread?x=\n1",
        "/spread?x=\t1",
        "/spread?x=\u0000",
        "/spread?small=ÏWM日本",
        "/spread?x=a b",
        "/spread\\evil",
        "spread?range=1y",
        "/spread?x=" + new string('a', 2048),
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task Create_ControlNonAsciiRelativeOrLongPath_BadRequest(string path)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/short-links", new { path });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_PathOfExactly2048Chars_Accepted()
    {
        var path = "/spread?x=" + new string('b', 2048 - "/spread?x=".Length);
        var response = await factory.CreateClient().PostAsJsonAsync("/api/short-links", new { path });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Create_SamePath16Concurrently_AllOkWithOneId()
    {
        var client = factory.CreateClient();
        const string path = "/flows?funds=IWM,IJR&range=3y&concurrent=16";
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.PostAsJsonAsync("/api/short-links", new { path })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<Created>())!.Id));
        Assert.Single(ids.Distinct());
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.SavedViews.CountAsync(v => v.Query == path));
    }

    [Theory]
    [InlineData("badcrlf1", "/spread?x=1\r\nX-Injected: 1")]
    [InlineData("badutf81", "/spread?small=ÏWM日本")]
    [InlineData("badhost1", "//evil.example/spread")]
    public async Task Open_RowStoredBeforeValidation_NotFoundNever500(string id, string query)
    {
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync())
        {
            db.SavedViews.Add(new SavedView { Id = id, Query = query, CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/s/" + id);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/s/%0D%0A")]
    [InlineData("/s/%C3%8F")]
    [InlineData("/s/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Open_HostileId_NotFound(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Open_UnknownId_NotFound()
    {
        var response = await factory.CreateClient().GetAsync("/s/doesnotexist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
