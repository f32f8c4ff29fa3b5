using Npgsql;

namespace SmallCapDashboard.Cli.Tests.Postgres;

/// <summary>
/// A fresh, empty PostgreSQL database with a random name on the server that <c>SMALLCAP_TEST_POSTGRES</c>
/// points at (set by scripts/test.sh); dropped on dispose. A missing variable fails the test.
/// </summary>
internal sealed class PostgresScratchDatabase : IAsyncDisposable
{
    private readonly string adminConnection;
    private readonly string name;

    private PostgresScratchDatabase(string adminConnection, string name, string connectionString)
    {
        this.adminConnection = adminConnection;
        this.name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the scratch database (pass it with <c>--db</c>).</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresScratchDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("SMALLCAP_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(admin), "SMALLCAP_TEST_POSTGRES is not set: run the tests with scripts/test.sh (it starts a throwaway PostgreSQL).");
        var name = "smallcap_cli_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new PostgresScratchDatabase(admin!, name, builder.ConnectionString);
    }

    /// <summary>Runs a scalar query against the scratch database.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
