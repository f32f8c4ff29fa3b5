namespace SmallCapDashboard.Web.Services;

/// <summary>Registers the per-concern view services the pages inject.</summary>
public static class ViewRegistration
{
    /// <summary>Adds the view services (singletons: they hold no per-user state).</summary>
    public static IServiceCollection AddDashboardViews(this IServiceCollection services)
    {
        services.AddSingleton<SeriesCache>();
        services.AddSingleton<DataCoverageView>();
        services.AddSingleton<Spread.SpreadView>();
        services.AddSingleton<Indicators.IndicatorsView>();
        Flows.FlowsRegistration.AddFlowsViews(services);
        Funds.FundsRegistration.AddFundsView(services);
        return services;
    }
}
