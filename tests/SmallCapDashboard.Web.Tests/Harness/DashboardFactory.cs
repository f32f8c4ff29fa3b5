using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// The one WebApplicationFactory harness: the whole app (its own <c>Program</c>, so its own <c>AddMarketData</c> and
/// <c>AddDashboard</c>) over a private copy of the <see cref="TestMarket"/> SQLite template (deleted on disposal), or
/// over a database the test owns (<see cref="Over"/>, e.g. a PostgreSQL database shared
/// by two instances). Subclasses add data with <see cref="SeedAsync"/>.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string? _provider;
    private string _connection = "";

    /// <summary>The app over a fresh copy of the test-market SQLite template.</summary>
    public DashboardFactory()
    {
    }

    private DashboardFactory(string provider, string connectionString)
    {
        _provider = provider;
        _connection = connectionString;
    }

    /// <summary>The app over a database the caller prepared and disposes (provider <c>Sqlite</c> or <c>Postgres</c>).</summary>
    public static DashboardFactory Over(string provider, string connectionString) => new(provider, connectionString);

    /// <summary>Settings applied on top of the app's configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>More host configuration (services, startup filters) applied after the settings.</summary>
    public Action<IWebHostBuilder>? Configure { get; set; }

    /// <summary>The SQLite file (or connection string) this factory's app uses.</summary>
    public string DatabaseFile => _connection;

    public async Task InitializeAsync()
    {
        if (_provider is null)
        {
            _connection = await TemplateDatabase.CopyAsync();
            await SeedAsync(_connection);
        }

        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_provider is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TemplateDatabase.Delete(_connection);
        }
    }

    /// <summary>Adds data to the copied SQLite file before the app starts (nothing by default).</summary>
    protected virtual Task SeedAsync(string file) => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Market", _connection);
        builder.UseSetting("Sync:Schedule", "off"); // no test syncs from the real hosts
        if (_provider is not null)
        {
            builder.UseSetting("Database:Provider", _provider);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        Configure?.Invoke(builder);
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFactory>
{
    public const string Name = "dashboard";
}
