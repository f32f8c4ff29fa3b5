using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>One SQLite file seeded with <see cref="TestMarket"/> per test run; each test copies it.</summary>
public static class TemplateDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _path;

    /// <summary>A fresh copy of the seeded template at a new temporary path.</summary>
    public static async Task<string> CopyAsync()
    {
        var template = await TemplateAsync();
        var copy = Path.Combine(Path.GetTempPath(), $"smallcap-test-{Guid.NewGuid():N}.db");
        File.Copy(template, copy);
        if (File.Exists(template + "-wal"))
        {
            File.Copy(template + "-wal", copy + "-wal");
        }
        return copy;
    }

    /// <summary>Deletes a copy and its journal files.</summary>
    public static void Delete(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(f))
            {
                File.Delete(f);
            }
        }
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

            var path = Path.Combine(Path.GetTempPath(), $"smallcap-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            var services = new ServiceCollection()
                .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = path })
                .BuildServiceProvider();
            await using (services)
            {
                await services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
                await TestMarket.SeedAsync(services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
            }

            SqliteConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(path);
            _path = path;
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }
}
