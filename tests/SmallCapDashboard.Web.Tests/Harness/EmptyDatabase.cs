using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>A migrated SQLite file with no rows at all, for "nothing loaded yet" explanations.</summary>
public static class EmptyDatabase
{
    /// <summary>Creates a new empty, migrated database file.</summary>
    public static async Task<string> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"smallcap-empty-test-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = path })
            .BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        }

        SqliteConnection.ClearAllPools();
        return path;
    }
}

/// <summary>Page tests over an empty store.</summary>
public abstract class EmptyStorePageContext : DashboardContext
{
    protected override Task<string> CopyDatabaseAsync() => EmptyDatabase.CreateAsync();
}
