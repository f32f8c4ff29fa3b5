using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Web.Endpoints;

/// <summary>
/// Short links: <c>POST /api/short-links</c> with <c>{"path":"/spread?range=1y"}</c> stores the view
/// (rate-limited per client) and answers <c>{"id":..,"url":"/s/{id}"}</c>; <c>GET /s/{id}</c> redirects to it.
/// The same path always gets the same id (a hash of the path), also under concurrent requests and across instances.
/// </summary>
public static class ShortLinkEndpoints
{
    /// <summary>Name of the rate-limiting policy for link creation.</summary>
    public const string RatePolicy = "short-links";

    private static readonly string[] Pages = ["/", "/spread", "/indicators", "/flows", "/leveraged", "/data", "/funds", "/alerts"];

    /// <summary>Request body of link creation.</summary>
    public sealed record CreateRequest(string? Path);

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapShortLinks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/short-links", async (CreateRequest? request, ISavedViewStore store, CancellationToken ct) =>
        {
            if (!IsPageLink(request?.Path))
            {
                return Results.BadRequest(new
                {
                    error = "path must be one of the dashboard's pages with its query, e.g. /spread?range=1y "
                        + $"(relative, printable ASCII, at most {SavedViewStore.MaxPathLength} characters)",
                });
            }

            var id = await store.SaveAsync(request!.Path!, ct);
            return Results.Ok(new { id, url = "/s/" + id });
        }).RequireRateLimiting(RatePolicy).DisableAntiforgery();

        app.MapGet("/s/{id}", async (string id, ISavedViewStore store, CancellationToken ct) =>
        {
            var target = IsId(id) ? await store.FindAsync(id, ct) : null;

            // A row stored before paths were validated (CR/LF, non-ASCII) is never put in a Location header.
            return target is not null && IsPageLink(target)
                ? Results.Redirect(target)
                : Results.NotFound(new { error = "no saved view with this id" });
        });
        return app;
    }

    /// <summary>
    /// True for a local page path such as <c>/spread?x=1</c>: a path the store accepts
    /// (<see cref="SavedViewStore.IsStorablePath"/>: relative, printable ASCII, at most 2 KB) on one of the pages.
    /// </summary>
    public static bool IsPageLink(string? path)
    {
        if (!SavedViewStore.IsStorablePath(path))
        {
            return false;
        }

        var end = path!.IndexOfAny(['?', '#']);
        var page = end < 0 ? path : path[..end];
        return Pages.Contains(page, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsId(string id) => id.Length is > 0 and <= 16 && id.All(char.IsAsciiLetterOrDigit);
}
