using SmallCapDashboard.Web.Endpoints;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Indicators;

/// <summary>The <c>/indicators</c> feature: its view service and its CSV endpoint.</summary>
public static class IndicatorsFeature
{
    /// <summary>Adds <see cref="IndicatorsView"/> (a singleton: no per-user state).</summary>
    public static IServiceCollection AddIndicatorsView(this IServiceCollection services) => services.AddSingleton<IndicatorsView>();

    /// <summary><c>GET /export/indicators.csv?&lt;the /indicators query&gt;</c>: the DESIGN.md indicator columns over the window.</summary>
    public static IEndpointRouteBuilder MapIndicatorsExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/indicators.csv", (HttpContext http, IndicatorsView view) =>
        {
            var query = IndicatorsQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
            return ExportEndpoints.CsvAsync(
                http, notices, () => view.BuildAsync(query, http.RequestAborted), m => m.Notices,
                m => $"indicators-{m.Query.Symbol.Replace(':', '_')}.csv",
                m =>
                {
                    var cut = m.Export();
                    return CsvTable.Write(cut.Dates, cut.Columns);
                });
        });
        return app;
    }
}
