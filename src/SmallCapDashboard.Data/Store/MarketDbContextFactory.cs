using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Store;

/// <summary>
/// The factory consumers use: hands out a <see cref="SqliteMarketDbContext"/> or a
/// <see cref="PostgresMarketDbContext"/> (so each provider runs its own migrations) typed as <see cref="MarketDbContext"/>.
/// </summary>
internal sealed class MarketDbContextFactory(IServiceProvider services, IOptions<MarketDataOptions> options)
    : IDbContextFactory<MarketDbContext>
{
    public MarketDbContext CreateDbContext() => options.Value.Provider == MarketDataProvider.Postgres
        ? services.GetRequiredService<IDbContextFactory<PostgresMarketDbContext>>().CreateDbContext()
        : services.GetRequiredService<IDbContextFactory<SqliteMarketDbContext>>().CreateDbContext();
}
