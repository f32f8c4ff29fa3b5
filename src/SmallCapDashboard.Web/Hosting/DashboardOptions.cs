using System.ComponentModel.DataAnnotations;

namespace SmallCapDashboard.Web.Hosting;

/// <summary>Settings of the dashboard (section <c>Dashboard</c>), validated on start.</summary>
public sealed class DashboardOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Dashboard";

    /// <summary>
    /// Most points sent to the browser per chart trace (LTTB or aggregation above it). The default is about one point
    /// per pixel column of a full-width plot on a 1400 px screen (its plot area is 1,063–1,099 px wide): more points
    /// than columns draw nothing new but cost every redraw; LTTB keeps the shape and each series' extremes, and the
    /// charts keep marked points such as crosses. Charts two to a row get half.
    /// </summary>
    [Range(100, 20_000)]
    public int MaxPointsPerTrace { get; set; } = DefaultMaxPointsPerTrace;

    /// <summary>The default of <see cref="MaxPointsPerTrace"/>.</summary>
    public const int DefaultMaxPointsPerTrace = 1_100;

    /// <summary>Short links one client may create per minute.</summary>
    [Range(1, 1_000)]
    public int ShortLinksPerMinute { get; set; } = 10;

    /// <summary>
    /// Longest life of a cached series, model or figure (absolute, never sliding; entries are keyed by the data
    /// version anyway, so this only bounds how long an old version's entries hold memory).
    /// </summary>
    [Range(1, 24 * 60)]
    public int CacheMinutes { get; set; } = 10;

    /// <summary>Most entries the cache holds (series, models and figures together); the least used go first.</summary>
    [Range(16, 1_000_000)]
    public int CacheEntries { get; set; } = 2_000;

    /// <summary>Days after which a symbol's last bar counts as stale against the page's as-of date.</summary>
    [Range(1, 365)]
    public int StaleAfterDays { get; set; } = 5;

    /// <summary>
    /// Longest wait on SIGTERM for requests still running before they are aborted (open circuits are aborted at once;
    /// see <see cref="GracefulShutdown"/>).
    /// </summary>
    [Range(1, 300)]
    public int ShutdownTimeoutSeconds { get; set; } = 3;
}
