using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Web.Endpoints;

/// <summary><c>GET /healthz</c>: JSON saying whether the app and its database answer; 503 when the database does not.</summary>
public static class HealthEndpoint
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (MarketDatabase database, CancellationToken ct) =>
        {
            bool ok;
            try
            {
                ok = await database.CanConnectAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ok = false;
            }

            return Results.Json(
                new { status = ok ? "healthy" : "unhealthy", database = ok ? "up" : "down" },
                statusCode: ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
