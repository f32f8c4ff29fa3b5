using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>Registers the market store: options, the context factory for the configured provider, and the store services.</summary>
public static class MarketDataServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MarketDataOptions"/> from <c>Database:Provider</c> and <c>ConnectionStrings:Market</c>
    /// (validated on start) and registers the store. Consumers ask for <see cref="IDbContextFactory{MarketDbContext}"/>
    /// and the read services, one context per operation.
    /// </summary>
    public static IHostApplicationBuilder AddMarketData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MarketDataOptions>()
            .BindConfiguration(MarketDataOptions.SectionName)
            .Configure<IConfiguration>((o, configuration) =>
                o.ConnectionString ??= configuration.GetConnectionString(MarketDataOptions.ConnectionStringName))
            .ValidateOnStart();
        builder.Services.AddMarketDataCore();
        return builder;
    }

    /// <summary>Registers the store with options given in code (the CLI's <c>--db</c>, tests).</summary>
    public static IServiceCollection AddMarketData(this IServiceCollection services, MarketDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddOptions<MarketDataOptions>()
            .Configure(o =>
            {
                o.Provider = options.Provider;
                o.ConnectionString = options.ConnectionString;
                o.BundleFolder = options.BundleFolder;
            })
            .ValidateOnStart();
        return services.AddMarketDataCore();
    }

    /// <summary>
    /// Keeps ASP.NET data-protection keys in the market database (table <c>DataProtectionKeys</c>) so several
    /// web instances share them. The web host calls this after <see cref="AddMarketData(IHostApplicationBuilder)"/>.
    /// </summary>
    public static IDataProtectionBuilder AddMarketDataProtection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddDataProtection()
            .SetApplicationName("SmallCapDashboard")
            .PersistKeysToDbContext<MarketDbContext>();
    }

    private static IServiceCollection AddMarketDataCore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MarketDataOptions>, MarketDataOptionsValidator>());
        services.AddDbContextFactory<SqliteMarketDbContext>((sp, b) =>
            MarketDbContextOptions.Configure(b, sp.GetRequiredService<IOptions<MarketDataOptions>>().Value));
        services.AddDbContextFactory<PostgresMarketDbContext>((sp, b) =>
            MarketDbContextOptions.Configure(b, sp.GetRequiredService<IOptions<MarketDataOptions>>().Value));
        services.TryAddSingleton<IDbContextFactory<MarketDbContext>, MarketDbContextFactory>();

        // Only the data-protection key store resolves a scoped context; pages and services use the factory.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContext());
        services.TryAddSingleton<MarketDatabase>();
        services.TryAddSingleton<InstrumentCatalog>();
        services.TryAddSingleton<BarReader>();
        services.TryAddSingleton<FundDayReader>();
        services.TryAddSingleton<HoldingsReader>();
        services.TryAddSingleton<CoverageReport>();
        services.TryAddSingleton<DataVersion>();
        services.TryAddSingleton<DataChangeNotifier>();
        services.TryAddSingleton<Seeder>();
        services.TryAddSingleton<ISavedViewStore, SavedViewStore>();
        services.TryAddSingleton<ImportService>();
        return services;
    }
}
