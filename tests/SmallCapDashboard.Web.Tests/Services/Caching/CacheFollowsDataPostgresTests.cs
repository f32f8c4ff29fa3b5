using System.Globalization;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Caching;

/// <summary>
/// Two web instances on one PostgreSQL database (two hosts of the harness), each with its query cached: a bar imported
/// by a third process shows on <c>/export/spread.csv</c> of both.
/// </summary>
public sealed class CacheFollowsDataPostgresTests : IAsyncLifetime
{
    private readonly PostgresMarket _database = new();
    private DashboardFactory _first = null!;
    private DashboardFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _first = DashboardFactory.Over("Postgres", _database.ConnectionString);
        _second = DashboardFactory.Over("Postgres", _database.ConnectionString);
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_first).DisposeAsync();
        await ((IAsyncLifetime)_second).DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ImportInAnotherProcess_Postgres_BothInstancesShowTheNewBar()
    {
        const string url = "/export/spread.csv?small=IWM&large=SPY&range=1m";
        var clients = new[] { _first.CreateClient(), _second.CreateClient() };
        foreach (var client in clients)
        {
            Assert.StartsWith("2024-12-31,", (await client.GetStringAsync(url)).TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
        }

        await using (var other = new OtherProcess(MarketDataProvider.Postgres, _database.ConnectionString))
        {
            await CacheFollowsDataTests.NewBarsAsync(other);
        }

        foreach (var client in clients)
        {
            var last = await CacheFollowsDataTests.PollAsync(client, url, l => l.StartsWith("2025-01-02,", StringComparison.Ordinal));
            Assert.Equal(CacheFollowsDataTests.ExpectedReturn("IWM", 1.01), double.Parse(last.Split(',')[1], CultureInfo.InvariantCulture), 1e-12);
        }
    }
}
