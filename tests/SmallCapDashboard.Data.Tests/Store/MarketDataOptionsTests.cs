using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Tests.Store;

public sealed class MarketDataOptionsTests
{
    [Fact]
    public void AddMarketData_PostgresFromConfiguration_BindsProviderAndConnectionString()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Market"] = "Host=db.example;Database=smallcap;Username=app",
        });

        Assert.Equal(MarketDataProvider.Postgres, options.Provider);
        Assert.Equal("PostgreSQL db.example:5432/smallcap", options.Describe());
    }

    [Fact]
    public void AddMarketData_NothingConfigured_UsesSharedDefaultSqliteFile()
    {
        var options = Bind([]);

        var expected = Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "SmallCapDashboard", "smallcap.db");
        Assert.Equal(MarketDataProvider.Sqlite, options.Provider);
        Assert.Equal(expected, options.SqliteFilePath());
    }

    [Fact]
    public void AddMarketData_PostgresWithoutConnectionString_FailsValidationNamingTheSetting()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" }));

        Assert.Contains("ConnectionStrings:Market", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMarketData_UnknownProvider_FailsNamingTheSetting()
    {
        var ex = Assert.ThrowsAny<InvalidOperationException>(() => Bind(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" }));

        Assert.Contains("Database:Provider", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tmp/x/smallcap.db", MarketDataProvider.Sqlite)]
    [InlineData("Data Source=/tmp/x/smallcap.db", MarketDataProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Port=5432;Database=m;Username=u", MarketDataProvider.Postgres)]
    public void FromDbArgument_PathOrConnectionString_PicksProvider(string db, MarketDataProvider expected)
    {
        Assert.Equal(expected, MarketDataOptions.FromDbArgument(db).Provider);
    }

    [Fact]
    public void ResolveConnectionString_ShortBusyTimeout_RaisedToThirtySeconds()
    {
        var resolved = new MarketDataOptions { ConnectionString = "Data Source=/tmp/x/smallcap.db;Default Timeout=5" }.ResolveConnectionString();

        var parsed = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(resolved);
        Assert.Equal("/tmp/x/smallcap.db", parsed.DataSource);
        Assert.Equal(30, parsed.DefaultTimeout);
    }

    private static MarketDataOptions Bind(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMarketData();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<MarketDataOptions>>().Value;
    }
}
