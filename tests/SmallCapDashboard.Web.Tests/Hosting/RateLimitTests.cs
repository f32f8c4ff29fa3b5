using System.Net;
using System.Net.Http.Json;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

/// <summary>Own factory: the limit is lowered to 3 per minute and this test uses it up.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly DashboardFactory _factory = new();

    public Task InitializeAsync()
    {
        _factory.Settings["Dashboard:ShortLinksPerMinute"] = "3";
        return ((IAsyncLifetime)_factory).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_factory).DisposeAsync();

    [Fact]
    public async Task Create_MoreThanLimitPerMinute_Answers429()
    {
        var client = _factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsJsonAsync("/api/short-links", new { path = $"/spread?roll={i + 2}" });
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }
}
