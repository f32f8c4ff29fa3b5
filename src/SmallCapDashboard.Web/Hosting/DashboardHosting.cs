using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Alerts;
using SmallCapDashboard.Web.Components;
using SmallCapDashboard.Web.Endpoints;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Store;

namespace SmallCapDashboard.Web.Hosting;

/// <summary>Registration and pipeline of the dashboard (the web half of the thin <c>Program.cs</c>).</summary>
public static class DashboardHosting
{
    /// <summary>Adds Blazor, MudBlazor, the view services, the series cache and rate limiting.</summary>
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        if (builder.Environment is IWebHostEnvironment web)
        {
            // Serve the packages' static files (MudBlazor, Plotly.Blazor) from the build output in every environment.
            StaticWebAssetsLoader.UseStaticWebAssets(web, builder.Configuration);
        }

        var services = builder.Services;
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddMemoryCache();
        services.TryAddTimeProvider();
        services.AddMarketDataProtection();
        services.AddSingleton<ISavedViewStore, EfSavedViewStore>();
        services.AddDashboardViews();
        builder.AddAlerts();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ShortLinkEndpoints.RatePolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<DashboardOptions>>().Value.ShortLinksPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    /// <summary>The request pipeline: headers, static files, endpoints and the Blazor app.</summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        }

        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealth();
        app.MapShortLinks();
        app.MapExports();
        app.MapAlertsFeed();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStarted.Register(() => PrintUrls(app));
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void PrintUrls(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null)
        {
            return;
        }

        foreach (var address in addresses)
        {
            Console.WriteLine($"SmallCap Dashboard listening on {address}");
        }
    }
}
