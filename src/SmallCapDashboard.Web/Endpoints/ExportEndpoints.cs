using SmallCapDashboard.Web.Services;
using SmallCapDashboard.Web.Services.Flows;
using SmallCapDashboard.Web.Services.Indicators;
using SmallCapDashboard.Web.Services.Leveraged;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Endpoints;

/// <summary>
/// CSV exports: <c>GET /export/{chart}.csv?&lt;the page's own query&gt;</c>, full daily resolution over the window,
/// invariant culture, round-trip precision, empty cells during warm-up. Bad parameters fall back to defaults as
/// on the page; the notices are sent in the <c>X-Query-Notices</c> header. Each feature maps its own routes next to
/// its view service; this only gathers them.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps the export routes of every feature.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapSpreadExports();
        app.MapIndicatorsExports();
        app.MapFlowsExports();
        app.MapLeveragedExports();
        Services.Funds.FundsRegistration.MapFundsExports(app);
        return app;
    }

    /// <summary>
    /// Builds a model and answers with the CSV <paramref name="write"/> makes of it (named by <paramref name="fileName"/>);
    /// a view without data answers 404 with the reason; notices go into <c>X-Query-Notices</c>.
    /// </summary>
    public static async Task<IResult> CsvAsync<T>(
        HttpContext http, IReadOnlyList<QueryNotice> parseNotices, Func<Task<T>> build, Func<T, IReadOnlyList<QueryNotice>> notices,
        Func<T, string> fileName, Func<T, string> write)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            var model = await build();
            AddNotices(http, [.. parseNotices, .. notices(model)]);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(write(model)), "text/csv; charset=utf-8", fileName(model));
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
