using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Web.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: JSON from the health-check service — the database can be written and the data-protection key
/// ring read (<see cref="MarketDataHealthChecks"/>). 200 when healthy, 503 otherwise, with each check's status:
/// <c>{"status":"healthy","database":"up","checks":{"database":"healthy","data-protection":"healthy"}}</c>.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>Registers the checks.</summary>
    public static IServiceCollection AddDashboardHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddMarketDataChecks();
        return services;
    }

    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync, AllowCachingResponses = false })
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var database = report.Entries.TryGetValue(MarketDataHealthChecks.Database, out var entry) && entry.Status == HealthStatus.Healthy;
        var body = new
        {
            status = Word(report.Status),
            database = database ? "up" : "down",
            checks = report.Entries.ToDictionary(e => e.Key, e => Word(e.Value.Status)),
            problems = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
                .ToDictionary(e => e.Key, e => Problem(e.Value)),
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    // One line naming the cause (never a stack trace); the exception's message is the database's own words.
    private static string Problem(HealthReportEntry entry) =>
        string.Join(' ', (entry.Exception?.GetBaseException().Message ?? entry.Description ?? "failed")
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
