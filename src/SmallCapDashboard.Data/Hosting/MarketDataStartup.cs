using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>What the web app does on start: make the database ready and, for an empty SQLite file, seed the bundle.</summary>
public static class MarketDataStartup
{
    /// <summary>
    /// SQLite: creates/migrates the file and seeds the bundled dataset when the store holds no instrument yet.
    /// PostgreSQL: never migrates or seeds here; throws <see cref="SchemaOutOfDateException"/> on an out-of-date schema
    /// (run <c>smallcap db migrate</c>, then <c>smallcap seed</c>).
    /// </summary>
    /// <returns>The seed result when a seed ran, else null.</returns>
    public static async Task<SeedResult?> PrepareMarketDataAsync(
        this IServiceProvider services, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var database = services.GetRequiredService<MarketDatabase>();
        await database.EnsureReadyAsync(allowMigrate: false, cancellationToken).ConfigureAwait(false);
        if (database.Provider != MarketDataProvider.Sqlite)
        {
            return null;
        }

        var factory = services.GetRequiredService<IDbContextFactory<MarketDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.Instruments.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        return await services.GetRequiredService<Seeder>().SeedAsync(progress, cancellationToken).ConfigureAwait(false);
    }
}
