using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task Create_MoreThanLimitPerMinute_Answers429WithRetryAfter()
    {
        var client = _factory.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await client.PostAsJsonAsync("/api/short-links", new { path = $"/spread?roll={i + 2}" }));
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            responses.Select(r => r.StatusCode));
        foreach (var rejected in responses.Skip(3))
        {
            var seconds = rejected.Headers.RetryAfter?.Delta?.TotalSeconds;
            Assert.NotNull(seconds);
            Assert.InRange(seconds.Value, 1, 60);
        }
    }
}

/// <summary>
/// The short-link limit partitions on the client address. The test server has no socket, so a startup filter gives
/// every request the socket address 10.0.0.1 (the proxy); clients differ only in <c>X-Forwarded-For</c>.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static DashboardFactory Factory(bool forwarded)
    {
        var factory = new DashboardFactory();
        factory.Settings["Dashboard:ShortLinksPerMinute"] = "2";
        if (forwarded)
        {
            factory.Settings["ForwardedHeaders:ForwardedHeaders"] = "XForwardedFor,XForwardedProto";
            factory.Settings["ForwardedHeaders:KnownProxies"] = "10.0.0.1";
        }

        factory.Configure = b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ProxySocket>());
        return factory;
    }

    [Fact]
    public async Task Create_ForwardedHeadersConfigured_EachForwardedClientHasItsOwnLimit()
    {
        await WithFactoryAsync(forwarded: true, async factory =>
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await PostThreeAsync(factory, "203.0.113.7"));
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await PostThreeAsync(factory, "203.0.113.8"));
        });
    }

    [Fact]
    public async Task Create_ForwardedHeadersNotConfigured_HeaderIgnoredAndSocketAddressLimited()
    {
        await WithFactoryAsync(forwarded: false, async factory =>
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await PostThreeAsync(factory, "203.0.113.7"));
            Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], await PostThreeAsync(factory, "203.0.113.8"));
        });
    }

    [Fact]
    public async Task Get_ForwardedProtoHttps_SendsHsts()
    {
        await WithFactoryAsync(forwarded: true, async factory =>
        {
            var client = factory.CreateClient(new() { BaseAddress = new Uri("http://dashboard.example") });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            request.Headers.Add("X-Forwarded-Proto", "https");
            var response = await client.SendAsync(request);
            Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        });
    }

    private static async Task WithFactoryAsync(bool forwarded, Func<DashboardFactory, Task> test)
    {
        var factory = Factory(forwarded);
        await ((IAsyncLifetime)factory).InitializeAsync();
        try
        {
            await test(factory);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    private static async Task<HttpStatusCode[]> PostThreeAsync(DashboardFactory factory, string client)
    {
        var http = factory.CreateClient();
        var codes = new HttpStatusCode[3];
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/short-links")
            {
                Content = JsonContent.Create(new { path = $"/spread?client={client}&n={i}" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            codes[i] = (await http.SendAsync(request)).StatusCode;
        }

        return codes;
    }

    private sealed class ProxySocket : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextDelegate) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.1");
                return nextDelegate(context);
            });
            next(app);
        };
    }
}
