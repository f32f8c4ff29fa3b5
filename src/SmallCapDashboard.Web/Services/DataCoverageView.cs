using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Hosting;

namespace SmallCapDashboard.Web.Services;

/// <summary>The <c>/data</c> page's service: coverage per symbol and recent imports, from the store's <see cref="CoverageReport"/>.</summary>
public sealed class DataCoverageView(CoverageReport report, SeriesCache cache, IOptions<DashboardOptions> options)
{
    /// <summary>Coverage rows and the 20 latest import attempts (kept 15 seconds, so new imports show soon).</summary>
    public Task<CoverageSummary> SummaryAsync(CancellationToken cancellationToken = default) =>
        cache.ViewAsync("coverage", TimeSpan.FromSeconds(15), () => report.BuildAsync(20, cancellationToken));

    /// <summary>True when <paramref name="last"/> ends more than the configured number of days before <paramref name="reference"/>.</summary>
    public bool IsStale(DateOnly? last, DateOnly? reference) =>
        last is not null && reference is not null && reference.Value.DayNumber - last.Value.DayNumber > options.Value.StaleAfterDays;
}
