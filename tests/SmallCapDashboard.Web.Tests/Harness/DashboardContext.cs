using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Hosting;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// The one bUnit base, built on the app's own registration: <c>AddMarketData()</c> and <c>AddDashboard()</c> run on a
/// host builder exactly as <c>Program.cs</c> runs them, and every service they register that bUnit does not provide
/// itself (bUnit keeps its fake navigation manager, JS runtime and renderer) is copied into the test's container. Loose
/// JS interop (Plotly becomes a no-op), the interactive server renderer, a kept <see cref="MudPopoverProvider"/> (menu items render there), and a private
/// copy of a SQLite template per test: the synthetic <see cref="TestMarket"/> by default; subclasses pick another
/// with <see cref="CopyDatabaseAsync"/> (<see cref="BundlePageContext"/>, <see cref="EmptyStorePageContext"/>).
/// </summary>
public abstract class DashboardContext : BunitContext, IAsyncLifetime
{
    /// <summary>The signed-in state pages see (signed out unless a test calls <c>SetAuthorized</c>).</summary>
    protected BunitAuthorizationContext Authorization { get; }

    private string _file = "";

    protected DashboardContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var app = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        app.Configuration["ConnectionStrings:Market"] = "unset";
        app.Services.AddLogging();
        app.AddMarketData();
        app.AddDashboard();
        Authorization = AddAuthorization();
        var provided = Services.Select(d => d.ServiceType).ToHashSet();
        foreach (var descriptor in app.Services)
        {
            if (!provided.Contains(descriptor.ServiceType))
            {
                Services.Add(descriptor);
            }
        }

        Services.PostConfigure<MarketDataOptions>(o => o.ConnectionString = _file);
    }

    /// <summary>Upper bound for waits on asynchronous page loads (a slow shared machine; never asserted on).</summary>
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <summary>The fake navigation manager (URL changes land here).</summary>
    protected NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    /// <summary>The popover host: open menus render their items here.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>A fresh copy of the template database this class runs on (the synthetic test market by default).</summary>
    protected virtual Task<string> CopyDatabaseAsync() => TemplateDatabase.CopyAsync();

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

        // The app's pages run on the interactive server renderer (a live circuit), as in the browser.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Popovers = Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemplateDatabase.Delete(_file);
    }
}

/// <summary>Page tests over the real bundled dataset (<c>data/bundle</c>), seeded once per run by the app's seeder.</summary>
public abstract class BundlePageContext : DashboardContext
{
    protected override Task<string> CopyDatabaseAsync() => BundleDatabase.CopyAsync();
}
