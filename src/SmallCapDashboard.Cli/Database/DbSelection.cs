using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Cli.Database;

/// <summary>
/// Chooses the database a command works on: <c>--db</c> (a SQLite path, or a PostgreSQL connection
/// string when it contains <c>Host=</c> or <c>Server=</c>), else <c>ConnectionStrings__Market</c> with
/// <c>Database__Provider=Sqlite|Postgres</c>, else the default SQLite file the web app uses
/// (<see cref="MarketDataOptions.DefaultSqlitePath"/>).
/// </summary>
internal static class DbSelection
{
    /// <summary>The environment variable holding the connection string (as the web app reads it).</summary>
    public const string ConnectionVariable = "ConnectionStrings__Market";

    /// <summary>The environment variable naming the provider.</summary>
    public const string ProviderVariable = "Database__Provider";

    /// <summary>Resolves the store options. <paramref name="environment"/> reads an environment variable (null when unset).</summary>
    public static MarketDataOptions Resolve(string? dbOption, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return MarketDataOptions.FromDbArgument(dbOption);
        }

        var connection = environment(ConnectionVariable);
        var providerText = environment(ProviderVariable);
        if (string.IsNullOrWhiteSpace(providerText))
        {
            return string.IsNullOrWhiteSpace(connection)
                ? new MarketDataOptions()
                : MarketDataOptions.FromDbArgument(connection);
        }

        var provider = ParseProvider(providerText);
        if (provider == MarketDataProvider.Postgres && string.IsNullOrWhiteSpace(connection))
        {
            throw new CliException($"{ProviderVariable} is Postgres but {ConnectionVariable} is not set; pass --db \"Host=...;Database=...\".");
        }

        return new MarketDataOptions
        {
            Provider = provider,
            ConnectionString = string.IsNullOrWhiteSpace(connection) ? null : connection.Trim(),
        };
    }

    private static MarketDataProvider ParseProvider(string provider) => provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => MarketDataProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => MarketDataProvider.Postgres,
        _ => throw new CliException($"{ProviderVariable}: '{provider}' is not a provider (expected Sqlite or Postgres)."),
    };
}
