using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Cli.Tests.Harness;

/// <summary>A SQLite file in a fresh temp folder (deleted on dispose), for commands run with <c>--db</c>.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string folder;

    public TempDatabase(string? copyFrom = null)
    {
        folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "smallcap-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, "market.db");
        if (copyFrom is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Copy(copyFrom, Path);
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                if (File.Exists(copyFrom + suffix))
                {
                    File.Copy(copyFrom + suffix, Path + suffix);
                }
            }
        }
    }

    /// <summary>The database file (pass it with <c>--db</c>).</summary>
    public string Path { get; }

    /// <summary>A file path in this database's temp folder (for inputs and <c>--out</c>).</summary>
    public string FileBeside(string name) => System.IO.Path.Combine(folder, name);

    /// <summary>Runs <c>smallcap ARGS --db PATH</c>.</summary>
    public Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", Path]);

    /// <summary>Writes rows straight into the store (for hand-made fixtures), after migrating the file.</summary>
    public async Task WriteAsync(Action<MarketDbContext> add)
    {
        (await RunAsync("db", "migrate")).ShouldSucceed();
        await using var services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path })
            .BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
