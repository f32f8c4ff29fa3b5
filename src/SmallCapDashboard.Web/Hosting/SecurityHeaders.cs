namespace SmallCapDashboard.Web.Hosting;

/// <summary>
/// Adds the security headers to every response. The Content-Security-Policy and each of its exceptions
/// are explained in <c>docs/decisions/0002-content-security-policy.md</c>.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy: scripts and connections only from this origin; inline styles allowed (MudBlazor, plotly.js).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "worker-src 'self' blob:; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>HSTS max-age: one year (sent only over HTTPS, never for localhost; see <see cref="AddDashboardHsts"/>).</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    /// <summary>
    /// <c>Strict-Transport-Security</c> on responses served over HTTPS (directly or, with forwarded headers configured,
    /// behind a TLS-terminating proxy). ASP.NET's middleware never sends it over HTTP or to localhost.
    /// </summary>
    public static IServiceCollection AddDashboardHsts(this IServiceCollection services) =>
        services.AddHsts(o => o.MaxAge = HstsMaxAge);

    /// <summary>Registers the middleware that sets the headers before the response starts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = ContentSecurityPolicy;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "strict-origin-when-cross-origin";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
