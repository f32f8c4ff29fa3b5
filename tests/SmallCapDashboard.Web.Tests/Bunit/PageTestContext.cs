using Bunit.TestDoubles;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Bunit;

/// <summary>
/// bUnit base for page tests: loose JS interop (Plotly becomes a no-op), MudBlazor services, the app's real view
/// services over a private copy of a seeded SQLite template, and a kept <see cref="MudPopoverProvider"/> so menu
/// items (rendered in the provider, not in the page) can be found. Unlike the harness's
/// <see cref="DashboardTestContext"/> it lets a subclass pick the template (synthetic test market or real bundle).
/// </summary>
public abstract class PageTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>The signed-in state pages see (signed out unless a test calls <c>SetAuthorized</c>).</summary>
    protected BunitAuthorizationContext Authorization { get; }

    private string _file = "";

    protected PageTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Authorization = AddAuthorization();
        Services.AddMemoryCache();
        Services.AddOptions<DashboardOptions>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = "unset" });
        Services.PostConfigure<MarketDataOptions>(o => o.ConnectionString = _file);
        Services.AddDashboardViews();
    }

    /// <summary>Upper bound for waits on asynchronous page loads (a slow shared machine; never asserted on).</summary>
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <summary>The fake navigation manager (URL changes land here).</summary>
    protected NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    /// <summary>The popover host: open menus render their items here.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>A fresh copy of the template database this class runs on.</summary>
    protected abstract Task<string> CopyDatabaseAsync();

    /// <summary>Navigates to <paramref name="url"/>, renders page <typeparamref name="TPage"/> there and waits for <paramref name="readySelector"/>.</summary>
    protected IRenderedComponent<TPage> RenderAt<TPage>(string url, string readySelector)
        where TPage : IComponent
    {
        Nav.NavigateTo(url);
        var cut = Render<TPage>();
        cut.WaitForElement(readySelector, Wait);
        return cut;
    }

    /// <summary>Text of an element with whitespace runs collapsed.</summary>
    protected static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public async Task InitializeAsync()
    {
        _file = await CopyDatabaseAsync();
        Popovers = Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemplateDatabase.Delete(_file);
    }
}

/// <summary>Page tests over the synthetic test market (<see cref="TestMarket"/>: formula series and the SYNA/SYNB reference bars).</summary>
public abstract class TestMarketPageContext : PageTestContext
{
    protected override Task<string> CopyDatabaseAsync() => TemplateDatabase.CopyAsync();
}

/// <summary>Page tests over the real bundled dataset (<c>data/bundle</c>), seeded once per run by the app's seeder.</summary>
public abstract class BundlePageContext : PageTestContext
{
    protected override Task<string> CopyDatabaseAsync() => BundleDatabase.CopyAsync();
}
