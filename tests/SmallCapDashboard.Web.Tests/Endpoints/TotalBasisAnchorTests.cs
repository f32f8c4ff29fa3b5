using System.Globalization;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Tests.Harness;
using SmallCapDashboard.Web.Tests.Services.Caching;

namespace SmallCapDashboard.Web.Tests.Endpoints;

/// <summary>
/// The total basis is anchored at the view's as-of date (DESIGN.md "Conventions"): there it equals the traded close,
/// earlier prices are lowered by the distributions since, and a frozen link (pinned as-of) keeps its numbers when
/// later bars, even ones carrying a distribution, are imported. Expected values from the <see cref="TestMarket"/>
/// formula (closes, and a factor stepping by 0.5 % every 63rd session).
/// </summary>
public sealed class TotalBasisAnchorTests : IAsyncLifetime
{
    private const string Frozen = "/export/indicators.csv?symbol=IWM&basis=total&from=2024-12-02&to=2024-12-31&asof=2024-12-31";
    private readonly DashboardFactory _web = new();

    public Task InitializeAsync() => _web.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_web).DisposeAsync();

    [Fact]
    public async Task FrozenAsOf_TotalClose_TradedOnAsOfAndLoweredBefore()
    {
        var rows = Rows(await _web.CreateClient().GetStringAsync(Frozen));
        var days = TestMarket.Weekdays(TestMarket.End);
        var last = days.Count - 1;
        var first = days.IndexOf(new DateOnly(2024, 12, 2));

        Assert.Equal("2024-12-31", rows[^1][0]);
        Assert.Equal(TestMarket.Close("IWM", last), Close(rows[^1]));
        var expected = TestMarket.Close("IWM", first) * TestMarket.Factor(first) / TestMarket.Factor(last);
        Assert.Equal(expected, Close(rows.Single(r => r[0] == "2024-12-02")), 1e-12);
    }

    [Fact]
    public async Task FrozenAsOf_LaterBarWithADistribution_KeepsItsNumbers()
    {
        var client = _web.CreateClient();
        var before = await client.GetStringAsync(Frozen);

        // Another process imports 2024-12-31 again (same close) and 2025-01-02 with a 1 % distribution (Adj Close steps).
        var days = TestMarket.Weekdays(TestMarket.End);
        var c = TestMarket.Close("IWM", days.Count - 1);
        string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        await using (var other = new OtherProcess(MarketDataProvider.Sqlite, _web.DatabaseFile))
        {
            await other.ImportYahooAsync("IWM", $"2024-12-31,{R(c)},{R(c)},{R(c)},{R(c)},{R(c)},1000000", $"2025-01-02,{R(c)},{R(c)},{R(c)},{R(c)},{R(c * 1.01)},1000000");
        }

        // The relative view follows the data: anchored at 2025-01-02, the 2024-12-31 close is lowered by the distribution.
        const string live = "/export/indicators.csv?symbol=IWM&basis=total&range=1m";
        await CacheFollowsDataTests.PollAsync(client, live, l => l.StartsWith("2025-01-02,", StringComparison.Ordinal));
        var rows = Rows(await client.GetStringAsync(live));
        Assert.Equal(c, Close(rows[^1]));
        Assert.Equal(c / 1.01, Close(rows.Single(r => r[0] == "2024-12-31")), 1e-9);

        // The frozen link does not move.
        Assert.Equal(before, await client.GetStringAsync(Frozen));
    }

    private static string[][] Rows(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))];

    private static double Close(string[] row) => double.Parse(row[1], CultureInfo.InvariantCulture);
}
