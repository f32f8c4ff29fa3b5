using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// A server restart under an open page: the reconnect UI shows, and once the server is back the page reloads by itself
/// at the SAME URL (not at <c>/</c>, where <c>&lt;base href="/"&gt;</c> sent the old "Reload" link).
/// Own server on a fixed free port, stopped and started again over the same database file.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectBrowserTests(BrowserServer server)
{
    [Fact]
    public async Task ServerRestart_PageReloadsItselfAtTheSameUrl()
    {
        var file = Path.Combine(Path.GetTempPath(), $"smallcap-reconnect-{Guid.NewGuid():N}.db");
        var port = FreePort();
        var first = new KestrelFactory(file, port);
        KestrelFactory? second = null;
        try
        {
            first.StartServer();
            var url = $"http://127.0.0.1:{port}/spread?range=1y&small=IWM&large=SPY";
            await using var context = await server.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(url);
            await BrowserServer.WaitForChartAsync(page);
            await page.EvaluateAsync("() => { window.__beforeRestart = true; }");

            await first.DisposeAsync();
            await page.WaitForSelectorAsync(
                "#components-reconnect-modal.components-reconnect-show, #components-reconnect-modal.components-reconnect-retrying, #components-reconnect-modal.components-reconnect-failed",
                new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.__beforeRestart === true"));

            second = new KestrelFactory(file, port);
            second.StartServer();
            await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            await BrowserServer.WaitForChartAsync(page);
            Assert.Equal(url, page.Url);
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await first.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
