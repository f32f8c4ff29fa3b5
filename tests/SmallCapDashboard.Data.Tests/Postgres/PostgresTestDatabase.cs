using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Tests.Postgres;

/// <summary>
/// A fresh, empty PostgreSQL database with a random name on the server named by <c>SMALLCAP_TEST_POSTGRES</c>,
/// dropped on dispose. Missing variable = a failure with a clear message, never a skip.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string Variable = "SMALLCAP_TEST_POSTGRES";

    private string _serverConnectionString = "";

    public string DatabaseName { get; } = "smallcap_test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public ServiceProvider Services { get; private set; } = null!;

    public IDbContextFactory<MarketDbContext> Factory => Services.GetRequiredService<IDbContextFactory<MarketDbContext>>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: PostgreSQL tests need a server. Run `bash scripts/test.sh` (it starts one) "
                + "or export an Npgsql connection string to a superuser, e.g. Host=127.0.0.1;Port=5432;Username=postgres.");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{DatabaseName}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = DatabaseName }.ToString();
        Services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Postgres, ConnectionString = ConnectionString })
            .BuildServiceProvider(validateScopes: true);
    }

    public async Task DisposeAsync()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        if (_serverConnectionString.Length > 0)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)");
        }
    }

    /// <summary>Runs SQL in the test database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
