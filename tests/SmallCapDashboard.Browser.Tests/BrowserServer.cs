using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// The whole app on Kestrel (port 0) over a temporary SQLite file that the app creates and seeds with the bundled
/// dataset on start, plus a headless Chromium driven by Playwright (the system browser; nothing is downloaded).
/// One instance serves every browser test class (the <see cref="BrowserCollection"/>); the flows import test writes
/// real RWM flow days for 2025-12-22..24 into it, which no other test reads.
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"smallcap-browser-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>A folder under <c>test-output/</c>, created when missing.</summary>
    public static string OutputFolder(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "test-output", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task InitializeAsync()
    {
        _factory = new KestrelFactory(_file);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SMALLCAP_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"],
        });
    }

    /// <summary>A fresh browser context (cold cache) with downloads allowed.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });

    /// <summary>Opens a page that records console errors and page errors into <paramref name="errors"/>.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, List<string> errors)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        return page;
    }

    /// <summary>Waits until Blazor is interactive and a Plotly chart has drawn.</summary>
    public static Task WaitForChartAsync(IPage page, float timeout = 60_000) =>
        page.WaitForSelectorAsync("[data-live] > .js-plotly-plot .main-svg", new PageWaitForSelectorOptions { Timeout = timeout });

    /// <summary>
    /// The live page has drawn every chart it shows (charts below the fold draw after the ones in view, once the page
    /// has been quiet for a moment).
    /// </summary>
    public static async Task WaitForAllChartsAsync(IPage page, float timeout = 60_000)
    {
        await WaitForChartAsync(page, timeout);
        await page.WaitForFunctionAsync("""
            () => Array.from(document.querySelectorAll("[data-chart-host]")).filter(h => h.getClientRects().length > 0)
                .every(h => h.querySelector(":scope > .js-plotly-plot[data-drawn] .main-svg"))
            """, null, new PageWaitForFunctionOptions { Timeout = timeout });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            if (File.Exists(f))
            {
                File.Delete(f);
            }
        }
    }
}

/// <summary>The app on Kestrel with a port chosen by the OS.</summary>
public sealed class KestrelFactory : WebApplicationFactory<Program>
{
    private readonly string _file;

    public KestrelFactory(string file, int port = 0)
    {
        _file = file;
        UseKestrel(port);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Market", _file);
        builder.UseSetting("Sync:Schedule", "off"); // no test syncs from the real hosts
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserServer>
{
    public const string Name = "browser";
}
