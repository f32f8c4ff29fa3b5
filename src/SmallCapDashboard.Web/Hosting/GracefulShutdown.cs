namespace SmallCapDashboard.Web.Hosting;

/// <summary>
/// Stops the app promptly on SIGTERM. Without it a single open Blazor circuit kept the process alive for the
/// host's default 30 s <see cref="HostOptions.ShutdownTimeout"/>: the circuit's WebSocket is a request still in
/// flight, Kestrel waits for in-flight requests to finish, and SignalR does not end the socket when the app stops.
/// Here every WebSocket request is aborted when the application starts stopping (the browser sees the connection
/// drop and shows the reconnect UI, which reloads the page once the server is back), and the shutdown timeout is
/// bounded by <see cref="DashboardOptions.ShutdownTimeoutSeconds"/> for anything else still running.
/// </summary>
public static class GracefulShutdown
{
    /// <summary>Bounds the host's shutdown timeout by <c>Dashboard:ShutdownTimeoutSeconds</c>.</summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.AddOptions<HostOptions>().Configure<Microsoft.Extensions.Options.IOptions<DashboardOptions>>((host, dashboard) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(dashboard.Value.ShutdownTimeoutSeconds));
        return services;
    }

    /// <summary>Aborts open WebSockets (Blazor circuits) as soon as the application is stopping.</summary>
    public static IApplicationBuilder UseWebSocketAbortOnShutdown(this IApplicationBuilder app)
    {
        var lifetime = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>();
        return app.Use(async (context, next) =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                await next(context);
                return;
            }

            using var registration = lifetime.ApplicationStopping.Register(static state => ((HttpContext)state!).Abort(), context);
            await next(context);
        });
    }
}
