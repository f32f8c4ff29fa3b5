using SmallCapDashboard.Cli.Database;

namespace SmallCapDashboard.Cli.Tests.Database;

public sealed class DbTargetTests
{
    private static readonly Func<string, string?> Empty = _ => null;

    [Fact]
    public void Resolve_FilePath_IsSqliteWithFullPath()
    {
        var target = DbTarget.Resolve("data/market.db", Empty);

        Assert.Equal(DbEngine.Sqlite, target.Engine);
        Assert.Equal("Data Source=" + Path.GetFullPath("data/market.db"), target.ConnectionString);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=m;Username=postgres")]
    [InlineData("Server=db;Database=m;User Id=u;Password=p")]
    public void Resolve_ConnectionStringWithHostOrServer_IsPostgres(string value)
    {
        var target = DbTarget.Resolve(value, Empty);

        Assert.Equal(DbEngine.Postgres, target.Engine);
        Assert.Equal(value, target.ConnectionString);
    }

    [Fact]
    public void Resolve_NoOption_UsesEnvironmentProviderAndConnection()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Market"] = "Host=db;Database=market",
            ["Database__Provider"] = "Postgres",
        };

        var target = DbTarget.Resolve(null, name => environment.GetValueOrDefault(name));

        Assert.Equal(new DbTarget(DbEngine.Postgres, "Host=db;Database=market"), target);
    }

    [Fact]
    public void Resolve_OptionAndEnvironment_OptionWins()
    {
        var target = DbTarget.Resolve("x.db", name => name == "ConnectionStrings__Market" ? "Host=db" : null);

        Assert.Equal(DbEngine.Sqlite, target.Engine);
    }

    [Fact]
    public void Resolve_Nothing_IsDefaultSqliteFile()
    {
        var target = DbTarget.Resolve(null, Empty);

        Assert.Equal(new DbTarget(DbEngine.Sqlite, "Data Source=" + Path.GetFullPath("smallcap.db")), target);
    }

    [Fact]
    public void Resolve_UnknownProvider_ThrowsNamingTheVariable()
    {
        var ex = Assert.Throws<CliException>(() =>
            DbTarget.Resolve(null, name => name switch
            {
                "ConnectionStrings__Market" => "x.db",
                "Database__Provider" => "Oracle",
                _ => null,
            }));

        Assert.Contains("Database__Provider", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Oracle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ConnectionWithPassword_HidesThePassword()
    {
        var target = DbTarget.Resolve("Host=db;Username=u;Password=secret", Empty);

        Assert.DoesNotContain("secret", target.Describe(), StringComparison.Ordinal);
        Assert.Contains("Host=db", target.Describe(), StringComparison.Ordinal);
    }
}
