using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Services.Flows;
using SmallCapDashboard.Web.Services.Indicators;
using SmallCapDashboard.Web.Services.Leveraged;
using SmallCapDashboard.Web.Services.Spread;

namespace SmallCapDashboard.Web.Services;

/// <summary>Registers the per-concern view services the pages inject.</summary>
public static class ViewRegistration
{
    /// <summary>Adds the one cache, the series it holds and each feature's view service (singletons: no per-user state).</summary>
    public static IServiceCollection AddDashboardViews(this IServiceCollection services)
    {
        services.AddSingleton<DataCache>();
        services.AddSingleton<RangePrefetch>();
        services.AddSingleton<SeriesCache>();
        services.AddSingleton<DataCoverageView>();
        services.AddSingleton<Overview.OverviewView>();
        services.AddSpreadView();
        services.AddIndicatorsView();
        services.AddFlowsView();
        services.AddLeveragedView();
        Funds.FundsRegistration.AddFundsView(services);
        return services;
    }
}
