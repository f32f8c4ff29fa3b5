namespace SmallCapDashboard.Data.Entities;

/// <summary>A short link <c>/s/{Id}</c>: the page path and query string it was made from.</summary>
public class SavedView
{
    /// <summary>Short URL-safe id.</summary>
    public required string Id { get; set; }

    /// <summary>Path and query, e.g. <c>/spread?from=2017-01-01&amp;to=2017-08-17&amp;asof=2017-08-17</c>.</summary>
    public required string Query { get; set; }

    public DateTime CreatedUtc { get; set; }
}
