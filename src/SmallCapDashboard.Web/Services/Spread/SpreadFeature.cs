using SmallCapDashboard.Web.Endpoints;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Spread;

/// <summary>The <c>/spread</c> feature: its view service and its CSV endpoints.</summary>
public static class SpreadFeature
{
    /// <summary>Adds <see cref="SpreadView"/> (a singleton: no per-user state).</summary>
    public static IServiceCollection AddSpreadView(this IServiceCollection services) => services.AddSingleton<SpreadView>();

    /// <summary>
    /// <c>GET /export/spread.csv</c> (the spread rows, <c>Date,SmallReturn,LargeReturn,Spread,Ratio</c> from the base
    /// close), <c>spread-returns.csv</c>, <c>spread-rolling.csv</c> and <c>spread-drawdowns.csv</c>, each taking the page's query.
    /// </summary>
    public static IEndpointRouteBuilder MapSpreadExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export");
        group.MapGet("/spread.csv", (HttpContext http, SpreadView view) =>
            CsvAsync(http, view, m => [("SmallReturn", m.SmallReturn), ("LargeReturn", m.LargeReturn), ("Spread", m.SpreadPoints), ("Ratio", m.Ratio)], "spread"));
        group.MapGet("/spread-returns.csv", (HttpContext http, SpreadView view) => CsvAsync(http, view, m => [.. m.CumulativeReturns], "spread-returns"));
        group.MapGet("/spread-rolling.csv", (HttpContext http, SpreadView view) => CsvAsync(http, view, m => [("RollingSpread", m.RollingSpreadPoints)], "spread-rolling"));
        group.MapGet("/spread-drawdowns.csv", (HttpContext http, SpreadView view) => CsvAsync(http, view, m => [.. m.Drawdowns], "spread-drawdowns"));
        return app;
    }

    private static Task<IResult> CsvAsync(HttpContext http, SpreadView view, Func<SpreadModel, List<(string, double[])>> columns, string name)
    {
        var query = SpreadQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
        return ExportEndpoints.CsvAsync(
            http, notices, () => view.BuildAsync(query, http.RequestAborted), m => m.Notices,
            m => $"{name}-{m.SmallSymbol}-{m.LargeSymbol}.csv", m => CsvTable.Write(m.Dates, columns(m)));
    }
}
