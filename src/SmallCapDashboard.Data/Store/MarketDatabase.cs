using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Store;

/// <summary>
/// Brings the database to the schema this build expects. SQLite: creates the folder and file, migrates,
/// and switches the file to WAL mode (always allowed). PostgreSQL: migrates only when asked
/// (<c>smallcap db migrate</c>); otherwise refuses an out-of-date schema with <see cref="SchemaOutOfDateException"/>.
/// </summary>
public sealed class MarketDatabase(IDbContextFactory<MarketDbContext> factory, IOptions<MarketDataOptions> options)
{
    private readonly MarketDataOptions _options = options.Value;

    /// <summary>The database in words (path or host/database; never a password).</summary>
    public string Description => _options.Describe();

    public MarketDataProvider Provider => _options.Provider;

    /// <summary>
    /// Makes the database ready to use. <paramref name="allowMigrate"/> matters for PostgreSQL only:
    /// when false and migrations are pending, throws <see cref="SchemaOutOfDateException"/>.
    /// </summary>
    /// <returns>The migrations applied by this call (empty when the schema was current).</returns>
    public async Task<IReadOnlyList<string>> EnsureReadyAsync(bool allowMigrate, CancellationToken cancellationToken = default)
    {
        if (_options.Provider == MarketDataProvider.Sqlite)
        {
            var path = _options.SqliteFilePath();
            var folder = path is null ? null : Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            allowMigrate = true;
        }

        var pending = await GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Count > 0 && !allowMigrate)
        {
            throw new SchemaOutOfDateException(Description, pending);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_options.Provider == MarketDataProvider.Sqlite)
        {
            await EnsureWalAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return pending;
    }

    /// <summary>Migrations this build has that the database lacks, oldest first (all of them for a missing database).</summary>
    /// <exception cref="MarketDatabaseUnavailableException">The server cannot be reached or the file cannot be opened.</exception>
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (_options.Provider == MarketDataProvider.Sqlite && _options.SqliteFilePath() is { } path && !File.Exists(path))
        {
            return [.. db.Database.GetMigrations()];
        }

        try
        {
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
            return [.. pending];
        }
        catch (DbException ex)
        {
            throw new MarketDatabaseUnavailableException(Description, ex);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DbException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new MarketDatabaseUnavailableException(Description, ex.InnerException);
        }
    }

    /// <summary>Whether the database answers a trivial query (for <c>/healthz</c>).</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnsureWalAsync(MarketDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection { DataSource: ":memory:" or "" })
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var mode = await ScalarAsync(connection, "PRAGMA journal_mode;", cancellationToken).ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                await ScalarAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandType = CommandType.Text;
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result?.ToString();
    }
}
