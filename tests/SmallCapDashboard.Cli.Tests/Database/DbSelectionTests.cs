using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Cli.Tests.Database;

public sealed class DbSelectionTests
{
    private static readonly Func<string, string?> Empty = _ => null;

    [Fact]
    public void Resolve_FilePath_IsSqliteFile()
    {
        var options = DbSelection.Resolve("data/market.db", Empty);

        Assert.Equal(MarketDataProvider.Sqlite, options.Provider);
        Assert.Equal(Path.GetFullPath("data/market.db"), options.SqliteFilePath());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=m;Username=postgres")]
    [InlineData("Server=db;Database=m;User Id=u;Password=p")]
    public void Resolve_ConnectionStringWithHostOrServer_IsServerProvider(string value)
    {
        var options = DbSelection.Resolve(value, Empty);

        Assert.Equal(MarketDataProvider.Postgres, options.Provider);
        Assert.Equal(value, options.ConnectionString);
    }

    [Fact]
    public void Resolve_NoOption_UsesEnvironmentProviderAndConnection()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Market"] = "Host=db;Database=market",
            ["Database__Provider"] = "Postgres",
        };

        var options = DbSelection.Resolve(null, name => environment.GetValueOrDefault(name));

        Assert.Equal(MarketDataProvider.Postgres, options.Provider);
        Assert.Equal("Host=db;Database=market", options.ConnectionString);
    }

    [Fact]
    public void Resolve_OptionAndEnvironment_OptionWins()
    {
        var options = DbSelection.Resolve("x.db", name => name == "ConnectionStrings__Market" ? "Host=db" : null);

        Assert.Equal(MarketDataProvider.Sqlite, options.Provider);
        Assert.Equal(Path.GetFullPath("x.db"), options.SqliteFilePath());
    }

    [Fact]
    public void Resolve_Nothing_IsTheWebAppsDefaultSqliteFile()
    {
        var options = DbSelection.Resolve(null, Empty);

        Assert.Equal(MarketDataProvider.Sqlite, options.Provider);
        Assert.Equal(MarketDataOptions.DefaultSqlitePath, options.SqliteFilePath());
    }

    [Fact]
    public void Resolve_UnknownProvider_ThrowsNamingTheVariable()
    {
        var ex = Assert.Throws<CliException>(() =>
            DbSelection.Resolve(null, name => name switch
            {
                "ConnectionStrings__Market" => "x.db",
                "Database__Provider" => "Oracle",
                _ => null,
            }));

        Assert.Contains("Database__Provider", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Oracle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ServerProviderWithoutConnection_Refused()
    {
        var ex = Assert.Throws<CliException>(() => DbSelection.Resolve(null, name => name == "Database__Provider" ? "Postgres" : null));

        Assert.Contains("ConnectionStrings__Market", ex.Message, StringComparison.Ordinal);
    }
}
