using Microsoft.Data.Sqlite;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>
/// Where the market store lives. <see cref="Provider"/> binds from <c>Database:Provider</c>
/// (<c>Sqlite</c> or <c>Postgres</c>), <see cref="ConnectionString"/> from <c>ConnectionStrings:Market</c>.
/// Without a connection string, SQLite uses <see cref="DefaultSqlitePath"/>, shared by the web app and the CLI.
/// </summary>
public sealed class MarketDataOptions
{
    /// <summary>The configuration section holding <see cref="Provider"/>.</summary>
    public const string SectionName = "Database";

    /// <summary>The name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Market";

    /// <summary>Seconds a SQLite command waits for a lock held by another process before failing.</summary>
    public const int SqliteBusyTimeoutSeconds = 30;

    public MarketDataProvider Provider { get; set; } = MarketDataProvider.Sqlite;

    /// <summary>A provider connection string; for SQLite also a bare file path. Null = the default SQLite file.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The bundled dataset's folder (<c>manifest.json</c>, <c>prices/</c>, <c>flows/</c>); null = the copy built next to
    /// the application (<see cref="DefaultBundleFolder"/>). Binds from <c>Database:BundleFolder</c>.
    /// </summary>
    public string? BundleFolder { get; set; }

    /// <summary><c>bundle/</c> beside the application's assemblies (the build copies <c>data/bundle</c> there).</summary>
    public static string DefaultBundleFolder => Path.Combine(AppContext.BaseDirectory, "bundle");

    /// <summary>The bundle folder to seed from.</summary>
    public string ResolveBundleFolder() => string.IsNullOrWhiteSpace(BundleFolder) ? DefaultBundleFolder : BundleFolder;

    /// <summary><c>smallcap.db</c> under <c>LocalApplicationData/SmallCapDashboard/</c> (the current folder when that is unknown).</summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            if (string.IsNullOrEmpty(root))
            {
                root = Environment.CurrentDirectory;
            }

            return Path.Combine(root, "SmallCapDashboard", "smallcap.db");
        }
    }

    /// <summary>
    /// Options for the CLI's <c>--db</c> argument: a string with <c>Host=</c> or <c>Server=</c> is a PostgreSQL
    /// connection string, any other string with <c>=</c> a SQLite connection string, anything else a SQLite file path.
    /// </summary>
    public static MarketDataOptions FromDbArgument(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var text = db.Trim();
        var isPostgres = text.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Server=", StringComparison.OrdinalIgnoreCase);
        return new MarketDataOptions
        {
            Provider = isPostgres ? MarketDataProvider.Postgres : MarketDataProvider.Sqlite,
            ConnectionString = text,
        };
    }

    /// <summary>The connection string to hand to the provider (SQLite: with the busy timeout, paths made absolute).</summary>
    public string ResolveConnectionString()
    {
        if (Provider == MarketDataProvider.Postgres)
        {
            return ConnectionString ?? throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Market is not set.");
        }

        var builder = string.IsNullOrWhiteSpace(ConnectionString) || !ConnectionString.Contains('=')
            ? new SqliteConnectionStringBuilder { DataSource = string.IsNullOrWhiteSpace(ConnectionString) ? DefaultSqlitePath : ConnectionString.Trim() }
            : new SqliteConnectionStringBuilder(ConnectionString);
        if (!IsInMemory(builder.DataSource) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        if (builder.DefaultTimeout < SqliteBusyTimeoutSeconds)
        {
            builder.DefaultTimeout = SqliteBusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    /// <summary>The SQLite database file, or null for PostgreSQL and in-memory SQLite.</summary>
    public string? SqliteFilePath()
    {
        if (Provider != MarketDataProvider.Sqlite)
        {
            return null;
        }

        var dataSource = new SqliteConnectionStringBuilder(ResolveConnectionString()).DataSource;
        return IsInMemory(dataSource) ? null : dataSource;
    }

    /// <summary>A description safe to print: the SQLite path or the PostgreSQL host and database, never a password.</summary>
    public string Describe()
    {
        if (Provider == MarketDataProvider.Sqlite)
        {
            return "SQLite " + (SqliteFilePath() ?? ":memory:");
        }

        var b = new Npgsql.NpgsqlConnectionStringBuilder(ResolveConnectionString());
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    private static bool IsInMemory(string dataSource) =>
        dataSource.Length == 0 || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
        || dataSource.StartsWith("file::memory:", StringComparison.OrdinalIgnoreCase);
}
