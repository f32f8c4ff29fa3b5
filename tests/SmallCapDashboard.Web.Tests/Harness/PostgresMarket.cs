using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// A fresh PostgreSQL database with a random name on the server named by <c>SMALLCAP_TEST_POSTGRES</c>, migrated (as
/// <c>smallcap db migrate</c> does) and filled with <see cref="TestMarket"/>; dropped on dispose. A missing variable is
/// a failure with a clear message, never a skip.
/// </summary>
public sealed class PostgresMarket : IAsyncLifetime
{
    public const string Variable = "SMALLCAP_TEST_POSTGRES";

    private string _server = "";

    public string DatabaseName { get; } = "smallcap_web_test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: PostgreSQL tests need a server. Run `bash scripts/test.sh` (it starts one) "
                + "or export an Npgsql connection string to a superuser, e.g. Host=127.0.0.1;Port=5432;Username=postgres.");
        await OnServerAsync($"CREATE DATABASE \"{DatabaseName}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = DatabaseName }.ToString();
        await using var services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Postgres, ConnectionString = ConnectionString })
            .BuildServiceProvider();
        await services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        await TestMarket.SeedAsync(services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server.Length > 0)
        {
            await OnServerAsync($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)");
        }
    }

    private async Task OnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
