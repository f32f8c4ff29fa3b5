using SmallCapDashboard.Web.Services.Leveraged;
using SmallCapDashboard.Web.Services.Overview;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>Registration and CSV endpoints of the flows, leveraged and overview pages.</summary>
public static class FlowsRegistration
{
    /// <summary>Adds <see cref="FlowsView"/>, <see cref="LeveragedView"/> and <see cref="OverviewView"/> (singletons: no per-user state).</summary>
    public static IServiceCollection AddFlowsViews(this IServiceCollection services)
    {
        services.AddSingleton<FlowsView>();
        services.AddSingleton<LeveragedView>();
        services.AddSingleton<OverviewView>();
        return services;
    }

    /// <summary>
    /// <c>GET /export/flows.csv?&lt;the /flows query&gt;</c> and <c>GET /export/leveraged.csv?&lt;the /leveraged query&gt;</c>:
    /// what the page's charts show, at full daily resolution. A view without data answers 404 with the reason.
    /// </summary>
    public static IEndpointRouteBuilder MapFlowsExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/flows.csv", async (HttpContext http, FlowsView view) =>
        {
            var query = FlowsQuery.Parse(http.Request.Path + http.Request.QueryString, out _);
            return await CsvAsync("flows.csv", () => view.BuildAsync(query, http.RequestAborted), FlowsCsv.Write);
        });
        app.MapGet("/export/leveraged.csv", async (HttpContext http, LeveragedView view) =>
        {
            var query = LeveragedQuery.Parse(http.Request.Path + http.Request.QueryString, out _);
            return await CsvAsync("leveraged.csv", () => view.BuildAsync(query, http.RequestAborted), LeveragedCsv.Write);
        });
        return app;
    }

    private static async Task<IResult> CsvAsync<T>(string fileName, Func<Task<T>> build, Func<T, string> write)
    {
        try
        {
            var model = await build();
            return Results.File(System.Text.Encoding.UTF8.GetBytes(write(model)), "text/csv; charset=utf-8", fileName);
        }
        catch (ViewDataException e)
        {
            return Results.NotFound(new { error = e.Message });
        }
    }
}
