using SmallCapDashboard.Web.Endpoints;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>The <c>/flows</c> feature: its view service and its CSV endpoint.</summary>
public static class FlowsFeature
{
    /// <summary>Adds <see cref="FlowsView"/> (a singleton: no per-user state).</summary>
    public static IServiceCollection AddFlowsView(this IServiceCollection services) => services.AddSingleton<FlowsView>();

    /// <summary><c>GET /export/flows.csv?&lt;the /flows query&gt;</c>: what the page's charts show, at full daily resolution.</summary>
    public static IEndpointRouteBuilder MapFlowsExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/flows.csv", (HttpContext http, FlowsView view) =>
        {
            var query = FlowsQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
            return ExportEndpoints.CsvAsync(http, notices, () => view.BuildAsync(query, http.RequestAborted), m => m.Notices, _ => "flows.csv", FlowsCsv.Write);
        });
        return app;
    }
}
