namespace SmallCapDashboard.Cli.Database;

/// <summary>Which database engine a <see cref="DbTarget"/> points at.</summary>
internal enum DbEngine
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server reached through Npgsql.</summary>
    Postgres,
}

/// <summary>
/// The database a command works on, resolved from <c>--db</c>, else from the environment
/// (<c>ConnectionStrings__Market</c> with <c>Database__Provider=Sqlite|Postgres</c>), else the
/// default SQLite file the web app uses.
/// </summary>
internal sealed record DbTarget(DbEngine Engine, string ConnectionString)
{
    /// <summary>The SQLite file used when nothing else is configured (relative to the working directory).</summary>
    public const string DefaultSqlitePath = "smallcap.db";

    /// <summary>Resolves the target. <paramref name="environment"/> reads an environment variable (null when unset).</summary>
    public static DbTarget Resolve(string? dbOption, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return FromValue(dbOption.Trim(), "--db");
        }

        var configured = environment("ConnectionStrings__Market");
        var provider = environment("Database__Provider");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return string.IsNullOrWhiteSpace(provider)
                ? FromValue(configured.Trim(), "ConnectionStrings__Market")
                : new DbTarget(ParseProvider(provider), SqliteOrPostgres(ParseProvider(provider), configured.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(provider) && ParseProvider(provider) == DbEngine.Postgres)
        {
            throw new CliException("Database__Provider is Postgres but ConnectionStrings__Market is not set; pass --db \"Host=...;Database=...\".");
        }

        return new DbTarget(DbEngine.Sqlite, SqliteConnectionString(DefaultSqlitePath));
    }

    /// <summary>A short description for messages that never shows a password.</summary>
    public string Describe()
    {
        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = parts.Where(p => !p.StartsWith("password", StringComparison.OrdinalIgnoreCase)
                                  && !p.StartsWith("pwd", StringComparison.OrdinalIgnoreCase));
        return $"{Engine} ({string.Join(';', kept)})";
    }

    private static DbTarget FromValue(string value, string origin)
    {
        if (LooksLikePostgres(value))
        {
            return new DbTarget(DbEngine.Postgres, value);
        }

        if (value.Contains('=') && value.Contains(';'))
        {
            // A SQLite connection string such as "Data Source=x.db;Cache=Shared".
            return new DbTarget(DbEngine.Sqlite, value);
        }

        if (value.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            throw new CliException($"{origin}: '{value}' is neither a SQLite file path nor a PostgreSQL connection string (Host=...).");
        }

        return new DbTarget(DbEngine.Sqlite, SqliteConnectionString(value));
    }

    private static string SqliteOrPostgres(DbEngine engine, string value) =>
        engine == DbEngine.Postgres || value.Contains('=') ? value : SqliteConnectionString(value);

    private static bool LooksLikePostgres(string value) =>
        value.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    private static string SqliteConnectionString(string path) => $"Data Source={Path.GetFullPath(path)}";

    private static DbEngine ParseProvider(string provider) => provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DbEngine.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DbEngine.Postgres,
        _ => throw new CliException($"Database__Provider: '{provider}' is not a provider (expected Sqlite or Postgres)."),
    };
}
