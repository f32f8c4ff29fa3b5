using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Web.Alerts;
using SmallCapDashboard.Web.Components;
using SmallCapDashboard.Web.Endpoints;
using SmallCapDashboard.Web.Imports;
using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Sync;

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
        services.AddDashboardViews();
        services.AddDashboardHealth();
        services.AddGracefulShutdown();
        services.AddForwardedHeadersFromConfiguration();
        services.AddDashboardHsts();
        services.AddDashboardAuth();
        services.AddUploads();
        builder.AddSyncSchedule(); // smallcap sync's clients and the scheduled refresh (Sync:Schedule, Sync:<Provider>:BaseUrl)
        services.AddSyncNow();     // "Sync now" on /data for admins
        builder.AddAlerts();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = WriteRejectionAsync;

            // Partitioned on the client address: the socket's, or the forwarded one when ForwardedHeaders are configured
            // (the forwarded-headers middleware runs first and rewrites RemoteIpAddress).
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

        app.UseConfiguredForwardedHeaders(app.Configuration);
        app.UseWebSocketAbortOnShutdown();
        app.UseHsts();
        app.UseSecurityHeaders();
        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        }

        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealth();
        app.MapAccount();
        app.MapShortLinks();
        app.MapExports();
        app.MapAlertsFeed();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStarted.Register(() => PrintUrls(app));
        return app;
    }

    /// <summary>429 with <c>Retry-After</c> (seconds until the window resets) and a one-line JSON reason.</summary>
    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new { error = $"too many requests; try again in {seconds} s" }, cancellationToken);
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
