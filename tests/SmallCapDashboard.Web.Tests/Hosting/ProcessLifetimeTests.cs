using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using SmallCapDashboard.Web.Tests.Harness;
using Xunit.Abstractions;

namespace SmallCapDashboard.Web.Tests.Hosting;

/// <summary>The built app as a process: how it stops on SIGTERM and how it refuses a database it cannot open.</summary>
public sealed class ProcessLifetimeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sigterm_WithAnOpenCircuitWebSocket_ExitsWellBeforeTheOld30Seconds()
    {
        var file = await TemplateDatabase.CopyAsync();
        try
        {
            await using var app = WebProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__Market"] = file });
            var url = await app.UrlAsync(StartBound);
            using var socket = await OpenBlazorSocketAsync(url);
            Assert.Equal(WebSocketState.Open, socket.State);

            var watch = Stopwatch.StartNew();
            app.Terminate();
            // Before the fix the open socket held the process for the host's 30 s shutdown timeout.
            var exited = await app.WaitForExitAsync(TimeSpan.FromSeconds(20));
            output.WriteLine($"exited={exited} after {watch.Elapsed.TotalSeconds:0.00} s, exit code {(exited ? app.Process.ExitCode : -1)}");
            Assert.True(exited, "still running 20 s after SIGTERM: " + app.StandardOutput);
            Assert.Equal(0, app.Process.ExitCode);
        }
        finally
        {
            TemplateDatabase.Delete(file);
        }
    }

    [Fact]
    public async Task Start_DatabaseFolderCannotBeCreated_OneLineOnStderrNoStackTraceNonZeroExit()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"smallcap-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "a file where the database folder should be");
        try
        {
            var path = Path.Combine(blocker, "sub", "smallcap.db");
            await using var app = WebProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__Market"] = path });
            Assert.True(await app.WaitForExitAsync(StartBound), "the app kept running on an unopenable database");
            var lines = app.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            output.WriteLine(app.StandardError);
            Assert.NotEqual(0, app.Process.ExitCode);
            var line = Assert.Single(lines);
            Assert.StartsWith("SmallCap Dashboard cannot start: cannot open the market database SQLite " + path, line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", app.StandardOutput + app.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", app.StandardOutput + app.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    /// <summary>A SignalR WebSocket to the Blazor hub, as a browser's circuit opens it (negotiate, connect, handshake).</summary>
    private static async Task<ClientWebSocket> OpenBlazorSocketAsync(string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiate.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("connectionToken").GetString();
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(url.Replace("http://", "ws://", StringComparison.Ordinal) + "/_blazor?id=" + token), CancellationToken.None);
        var handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e");
        await socket.SendAsync(handshake, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var buffer = new byte[1024];
        var reply = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, reply.Count));
        return socket;
    }
}
