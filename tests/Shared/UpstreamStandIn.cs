using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmallCapDashboard.Testing;

/// <summary>
/// A stand-in upstream in the test process: Kestrel on 127.0.0.1, port 0, answering each path with the responder
/// registered for it (by call count, so "429 then success" is two responders), 404 otherwise. Every request is
/// recorded (path, query, User-Agent). Nothing leaves loopback.
/// </summary>
internal sealed class UpstreamStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<Func<HttpContext, Task>>> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<Seen> _seen = new();

    private UpstreamStandIn(WebApplication app) => _app = app;

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<Seen> Requests => [.. _seen];

    public static async Task<UpstreamStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new UpstreamStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = address.TrimEnd('/');
        return standIn;
    }

    /// <summary>Answers <paramref name="path"/> with the responders in turn (the last one repeats).</summary>
    public UpstreamStandIn On(string path, params Func<HttpContext, Task>[] responders)
    {
        _routes[path] = [.. responders];
        _calls[path] = 0;
        return this;
    }

    public int CallsTo(string path) => _seen.Count(s => string.Equals(s.Path, path, StringComparison.OrdinalIgnoreCase));

    public void Clear()
    {
        _routes.Clear();
        _calls.Clear();
        _seen.Clear();
    }

    public static Func<HttpContext, Task> Text(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync(body);
        };

    public static Func<HttpContext, Task> Bytes(byte[] body, string contentType) =>
        async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        };

    /// <summary>Answers after <paramref name="delay"/> (or when the client gives up).</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay, Func<HttpContext, Task> then) =>
        async context =>
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await then(context);
        };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _seen.Enqueue(new Seen(path, context.Request.QueryString.Value ?? "", context.Request.Headers.UserAgent.ToString()));
        if (!_routes.TryGetValue(path, out var responders) || responders.Count == 0)
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }

        var call = _calls.AddOrUpdate(path, 1, (_, n) => n + 1) - 1;
        return responders[Math.Min(call, responders.Count - 1)](context);
    }

    public sealed record Seen(string Path, string Query, string UserAgent);
}
