using System.Globalization;
using System.Net;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Caching;

/// <summary>
/// The one cache follows the data (ADR 0005): a bar imported by another process sharing the SQLite file shows on
/// <c>/export/spread.csv</c> once <see cref="DataVersion.MaxAge"/> has passed, although the same query was cached
/// just before; and "not in the database" does not outlive the import of the symbol.
/// </summary>
public sealed class CacheFollowsDataTests : IAsyncLifetime
{
    private readonly DashboardFactory _web = new();

    public Task InitializeAsync() => _web.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_web).DisposeAsync();

    [Fact]
    public async Task ImportInAnotherProcess_NewBar_ShowsOnSpreadCsvOfACachedQuery()
    {
        var client = _web.CreateClient();
        const string url = "/export/spread.csv?small=IWM&large=SPY&range=1m";
        Assert.StartsWith("2024-12-31,", LastLine(await client.GetStringAsync(url)), StringComparison.Ordinal);
        Assert.StartsWith("2024-12-31,", LastLine(await client.GetStringAsync(url)), StringComparison.Ordinal);

        await using (var other = new OtherProcess(MarketDataProvider.Sqlite, _web.DatabaseFile))
        {
            await NewBarsAsync(other);
        }

        var last = await PollAsync(client, url, l => l.StartsWith("2025-01-02,", StringComparison.Ordinal));

        // range=1m as of 2025-01-02: the base close is the last close on or before 2024-12-02 (a Monday).
        var cells = last.Split(',');
        Assert.Equal(ExpectedReturn("IWM", 1.01), double.Parse(cells[1], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(ExpectedReturn("SPY", 0.99), double.Parse(cells[2], CultureInfo.InvariantCulture), 1e-12);
    }

    [Fact]
    public async Task ImportUnknownSymbolInAnotherProcess_NotFoundDoesNotOutliveIt()
    {
        var client = _web.CreateClient();
        const string url = "/export/spread.csv?small=NEWX&large=SPY&from=2024-12-30&to=2024-12-31";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

        await using (var other = new OtherProcess(MarketDataProvider.Sqlite, _web.DatabaseFile))
        {
            await other.ImportYahooAsync("NEWX", "2024-12-27,10,10.5,9.5,10,10,5000", "2024-12-30,10,10.5,9.5,10,10,5000", "2024-12-31,11,11.5,10.5,11,11,5000");
        }

        var last = await PollAsync(client, url, l => l.StartsWith("2024-12-31,", StringComparison.Ordinal));

        // Base: 2024-12-27 (the last common close before from); 11 / 10 − 1 = 0.1.
        Assert.Equal(0.1, double.Parse(last.Split(',')[1], CultureInfo.InvariantCulture), 1e-12);
    }

    /// <summary>IWM closes 1 % above, SPY 1 % below their 2024-12-31 close on Thursday 2025-01-02.</summary>
    internal static async Task NewBarsAsync(OtherProcess other)
    {
        foreach (var (symbol, move) in new[] { ("IWM", 1.01), ("SPY", 0.99) })
        {
            var c = (TestMarket.Close(symbol, LastIndex) * move).ToString("R", CultureInfo.InvariantCulture);
            await other.ImportYahooAsync(symbol, $"2025-01-02,{c},{c},{c},{c},{c},1000000");
        }
    }

    /// <summary>The 1M return on 2025-01-02 after <see cref="NewBarsAsync"/>, from the TestMarket formula.</summary>
    internal static double ExpectedReturn(string symbol, double move)
    {
        var days = TestMarket.Weekdays(TestMarket.End);
        var b = days.IndexOf(new DateOnly(2024, 12, 2));
        return TestMarket.Close(symbol, LastIndex) * move / TestMarket.Close(symbol, b) - 1.0;
    }

    /// <summary>
    /// Asks <paramref name="url"/> until its last line satisfies <paramref name="done"/> (bounded: a slow shared machine
    /// gets 60 s; never a timing assertion) and returns that line; fails with the last line seen otherwise.
    /// </summary>
    internal static async Task<string> PollAsync(HttpClient client, string url, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                last = LastLine(await response.Content.ReadAsStringAsync());
                if (done(last))
                {
                    return last;
                }
            }

            await Task.Delay(DataVersion.MaxAge / 4);
        }

        Assert.Fail($"{url} still ends with '{last}' after 60 s.");
        return last;
    }

    private static int LastIndex => TestMarket.Weekdays(TestMarket.End).Count - 1;

    private static string LastLine(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
}
