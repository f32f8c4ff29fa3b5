using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using SmallCapDashboard.Data.Alerts;

namespace SmallCapDashboard.Web.Alerts;

/// <summary>
/// <c>GET /alerts.atom</c>: the latest alert events as an Atom 1.0 feed (System.ServiceModel.Syndication), each entry
/// linking to the event's frozen view. Open like every read-only view (when <c>Auth:RequireSignIn</c> arrives with
/// sign-in, the endpoint takes the same authorization policy as the pages).
/// </summary>
public static class AlertsFeed
{
    /// <summary>The feed's route.</summary>
    public const string Route = "/alerts.atom";

    /// <summary>Entries in the feed.</summary>
    public const int Entries = 100;

    /// <summary>Maps the feed.</summary>
    public static IEndpointConventionBuilder MapAlertsFeed(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, async (HttpContext http, AlertRuleStore store, CancellationToken ct) =>
        {
            var events = await store.RecentEventsAsync(Entries, ct);
            var origin = $"{http.Request.Scheme}://{http.Request.Host}";
            var feed = Build(events, origin);
            http.Response.ContentType = "application/atom+xml; charset=utf-8";
            await using var buffer = new MemoryStream();
            await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Indent = false }))
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
                await writer.FlushAsync();
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(http.Response.Body, ct);
        });

    /// <summary>The feed for <paramref name="events"/> (newest first), with links made absolute on <paramref name="origin"/>.</summary>
    public static SyndicationFeed Build(IReadOnlyList<AlertEventInfo> events, string origin)
    {
        ArgumentNullException.ThrowIfNull(events);
        var feed = new SyndicationFeed(
            "SmallCap Dashboard alerts", "Events fired by the dashboard's alert rules", new Uri(origin + "/alerts"), origin + Route,
            events.Count > 0 ? new DateTimeOffset(events.Max(e => e.CreatedUtc), TimeSpan.Zero) : DateTimeOffset.UnixEpoch);
        feed.Items = events.Select(e =>
        {
            var date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var value = e.Value.ToString("G6", CultureInfo.InvariantCulture);
            var item = new SyndicationItem(
                $"{e.Symbol} {e.Rule}: {e.Kind} on {date}",
                $"{e.Description}. Value {value} ({AlertMessage.BasisName(e.Basis)} basis){(e.Modelled ? "; includes MODELLED flows" : "")}.",
                new Uri(origin + e.Link),
                $"urn:smallcap:alert-event:{e.Id}",
                new DateTimeOffset(e.CreatedUtc, TimeSpan.Zero))
            {
                PublishDate = new DateTimeOffset(e.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            };
            item.Categories.Add(new SyndicationCategory(e.Kind));
            return item;
        }).ToList();
        return feed;
    }
}
