using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Tests.Store;

/// <summary>A real SQLite file in a fresh temp folder, with the store registered over it; deleted on dispose.</summary>
internal sealed class TempSqliteDatabase : IAsyncDisposable
{
    private readonly string _folder;

    public TempSqliteDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "smallcap-test-" + Guid.NewGuid().ToString("N")[..12]);
        FilePath = Path.Combine(_folder, "nested", "smallcap.db");
        Options = new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = FilePath };
        Services = new ServiceCollection().AddMarketData(Options).BuildServiceProvider(validateScopes: true);
    }

    public string FilePath { get; }

    public MarketDataOptions Options { get; }

    public ServiceProvider Services { get; }

    public IDbContextFactory<MarketDbContext> Factory => Services.GetRequiredService<IDbContextFactory<MarketDbContext>>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
