using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Indicators;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Endpoints;

/// <summary>
/// CSV exports: <c>GET /export/{chart}.csv?&lt;the page's own query&gt;</c>, full daily resolution over the window,
/// invariant culture, round-trip precision, empty cells during warm-up. Bad parameters fall back to defaults as
/// on the page; the notices are sent in the <c>X-Query-Notices</c> header.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps the export routes.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export");
        group.MapGet("/spread.csv", (HttpContext http, SpreadView view, CancellationToken ct) =>
            SpreadCsvAsync(http, view, m => [("SmallReturn", m.SmallReturn), ("LargeReturn", m.LargeReturn), ("Spread", m.SpreadPoints), ("Ratio", m.Ratio)], "spread", ct));
        group.MapGet("/spread-returns.csv", (HttpContext http, SpreadView view, CancellationToken ct) =>
            SpreadCsvAsync(http, view, m => [.. m.CumulativeReturns], "spread-returns", ct));
        group.MapGet("/spread-rolling.csv", (HttpContext http, SpreadView view, CancellationToken ct) =>
            SpreadCsvAsync(http, view, m => [("RollingSpread", m.RollingSpreadPoints)], "spread-rolling", ct));
        group.MapGet("/spread-drawdowns.csv", (HttpContext http, SpreadView view, CancellationToken ct) =>
            SpreadCsvAsync(http, view, m => [.. m.Drawdowns], "spread-drawdowns", ct));
        group.MapGet("/indicators.csv", (HttpContext http, IndicatorsView view, CancellationToken ct) => IndicatorsCsvAsync(http, view, ct));
        Services.Flows.FlowsRegistration.MapFlowsExports(app);
        Services.Funds.FundsRegistration.MapFundsExports(app);
        return app;
    }

    private static async Task<IResult> SpreadCsvAsync(
        HttpContext http, SpreadView view, Func<SpreadModel, List<(string, double[])>> columns, string name, CancellationToken ct)
    {
        var query = SpreadQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
        try
        {
            var model = await view.BuildAsync(query, ct);
            AddNotices(http, [.. notices, .. model.Notices]);
            return CsvTable.File($"{name}-{model.SmallSymbol}-{model.LargeSymbol}.csv", model.Dates, columns(model));
        }
        catch (ViewDataException e)
        {
            return Results.NotFound(new { error = e.Message });
        }
    }

    private static async Task<IResult> IndicatorsCsvAsync(HttpContext http, IndicatorsView view, CancellationToken ct)
    {
        var query = IndicatorsQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
        try
        {
            var model = await view.BuildAsync(query, ct);
            AddNotices(http, [.. notices, .. model.Notices]);
            var cut = model.Export();
            return CsvTable.File($"indicators-{model.Query.Symbol.Replace(':', '_')}.csv", cut.Dates, cut.Columns);
        }
        catch (ViewDataException e)
        {
            return Results.NotFound(new { error = e.Message });
        }
    }

    private static void AddNotices(HttpContext http, IReadOnlyList<QueryNotice> notices)
    {
        if (notices.Count > 0)
        {
            var text = string.Join(" | ", notices.Select(n => n.Text));
            http.Response.Headers["X-Query-Notices"] = Uri.EscapeDataString(text.Length > 1000 ? text[..1000] : text);
        }
    }
}
