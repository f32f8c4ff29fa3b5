using Bunit.TestDoubles;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// bUnit base: loose JS interop, MudBlazor services, the dashboard's view services over a temporary SQLite
/// file seeded with <see cref="TestMarket"/>, and async disposal.
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>The signed-in state pages see (signed out unless a test calls <c>SetAuthorized</c>).</summary>
    protected BunitAuthorizationContext Authorization { get; }

    private string _file = "";

    protected DashboardTestContext()
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

    /// <summary>The fake navigation manager (URL changes land here).</summary>
    protected NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    public async Task InitializeAsync()
    {
        _file = await TemplateDatabase.CopyAsync();
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        TemplateDatabase.Delete(_file);
    }
}
