using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Services.Caching;

namespace SmallCapDashboard.Web.Services;

/// <summary>The <c>/data</c> page's service: coverage per symbol and recent imports, from the store's <see cref="CoverageReport"/>.</summary>
public sealed class DataCoverageView(CoverageReport report, DataCache cache, IOptions<DashboardOptions> options)
{
    /// <summary>Coverage rows and the 20 latest import attempts (cached per data version: a new import shows at once).</summary>
    public Task<CoverageSummary> SummaryAsync(CancellationToken cancellationToken = default) =>
        cache.GetAsync("coverage", ct => report.BuildAsync(20, ct), cancellationToken);

    /// <summary>True when <paramref name="last"/> ends more than the configured number of days before <paramref name="reference"/>.</summary>
    public bool IsStale(DateOnly? last, DateOnly? reference) =>
        last is not null && reference is not null && reference.Value.DayNumber - last.Value.DayNumber > options.Value.StaleAfterDays;
}
