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
/// A webhook receiver: Kestrel on 127.0.0.1, port 0. Records every POST (body bytes and signature header) and answers
/// with the queued status codes first (to exercise retries), then 200.
/// </summary>
internal sealed class LoopbackWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private LoopbackWebhook(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> of each request's arrival, in order.</summary>
    public List<long> ReceivedAt { get; } = [];

    public string Url { get; private set; } = "";

    public static async Task<LoopbackWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var hook = new LoopbackWebhook(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            lock (hook.ReceivedAt)
            {
                hook.ReceivedAt.Add(System.Diagnostics.Stopwatch.GetTimestamp());
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            hook.Requests.Enqueue(new Received(
                buffer.ToArray(), context.Request.Headers["X-SmallCap-Signature"].ToString(), context.Request.ContentType ?? ""));
            return Results.StatusCode(hook._answers.TryDequeue(out var code) ? code : 200);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hook.Url = address.TrimEnd('/') + "/hook";
        return hook;
    }

    /// <summary>The next requests get these status codes (then 200 again).</summary>
    public void AnswerFirst(params int[] codes)
    {
        foreach (var c in codes)
        {
            _answers.Enqueue(c);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record Received(byte[] Body, string Signature, string ContentType)
    {
        public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
    }
}
