using SmallCapDashboard.Web.Endpoints;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>The <c>/leveraged</c> feature: its view service and its CSV endpoint.</summary>
public static class LeveragedFeature
{
    /// <summary>Adds <see cref="LeveragedView"/> (a singleton: no per-user state).</summary>
    public static IServiceCollection AddLeveragedView(this IServiceCollection services) => services.AddSingleton<LeveragedView>();

    /// <summary><c>GET /export/leveraged.csv?&lt;the /leveraged query&gt;</c>: what the page's charts show, at full daily resolution.</summary>
    public static IEndpointRouteBuilder MapLeveragedExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/leveraged.csv", (HttpContext http, LeveragedView view) =>
        {
            var query = LeveragedQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
            return ExportEndpoints.CsvAsync(http, notices, () => view.BuildAsync(query, http.RequestAborted), m => m.Notices, _ => "leveraged.csv", LeveragedCsv.Write);
        });
        return app;
    }
}
