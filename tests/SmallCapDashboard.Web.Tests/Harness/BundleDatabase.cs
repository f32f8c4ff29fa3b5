using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>One SQLite file seeded with the real bundle (<c>data/bundle</c>) per test run; each test class copies it.</summary>
public static class BundleDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _path;

    /// <summary>The bundle folder in the repository.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "data", "bundle");

    /// <summary>A fresh copy of the seeded template at a new temporary path.</summary>
    public static async Task<string> CopyAsync()
    {
        var template = await TemplateAsync();
        var copy = Path.Combine(Path.GetTempPath(), $"smallcap-bundle-test-{Guid.NewGuid():N}.db");
        File.Copy(template, copy);
        return copy;
    }

    private static async Task<string> TemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_path is not null)
            {
                return _path;
            }

            var path = Path.Combine(Path.GetTempPath(), $"smallcap-bundle-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            var services = new ServiceCollection()
                .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = path })
                .BuildServiceProvider();
            await using (services)
            {
                await services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
                await services.GetRequiredService<Seeder>().SeedAsync(Folder, progress: null);
            }

            SqliteConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Harness.TemplateDatabase.Delete(path);
            _path = path;
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }
}
