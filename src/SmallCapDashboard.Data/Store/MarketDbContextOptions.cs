using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Store;

/// <summary>Configures a <see cref="DbContextOptionsBuilder"/> for the provider the options name.</summary>
internal static class MarketDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder builder, MarketDataOptions options)
    {
        var connectionString = options.ResolveConnectionString();
        if (options.Provider == MarketDataProvider.Postgres)
        {
            builder.UseNpgsql(connectionString);
        }
        else
        {
            builder.UseSqlite(connectionString);
        }
    }
}
