using Microsoft.Data.Sqlite;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary>
/// <c>smallcap sync</c> end to end, in-process, with <c>Sync__&lt;Provider&gt;__BaseUrl</c> pointing at a stand-in on
/// loopback that answers in the real shapes, on a temp SQLite file. Nothing leaves the machine.
/// </summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    // 09:30 New York (UTC−5) of Fri 2025-12-26, Mon 2025-12-29 and Tue 2025-12-30, in Unix seconds.
    private const long Dec26 = 1766759400, Dec29 = 1767018600, Dec30 = 1767105000;

    private UpstreamStandIn upstream = null!;
    private TempDatabase db = null!;

    public async Task InitializeAsync()
    {
        upstream = await UpstreamStandIn.StartAsync();
        db = new TempDatabase();
    }

    public async Task DisposeAsync()
    {
        await upstream.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Sync_YahooFromLoopback_StoresTheBarsPrintsTheTableAndRecordsTheRun()
    {
        upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Text(200, Chart("SPY", [Dec26, Dec29, Dec30], [690.5, 688.0, 686.25], [40_000_000, 50_000_000, 45_000_000])));

        var run = (await RunAsync("sync", "--provider", "yahoo", "--symbols", "SPY")).ShouldSucceed();

        Assert.Matches(@"SPY\s+yahoo\s+3\s+updated", run.Out);
        Assert.Contains("Synced 1 symbol(s)", run.Out, StringComparison.Ordinal);
        var csv = new ExportedCsv((await db.RunAsync("export", "bars", "--symbol", "SPY")).ShouldSucceed().Out);
        Assert.Equal(["2025-12-26", "2025-12-29", "2025-12-30"], csv.Dates);
        Assert.Equal([690.5, 688.0, 686.25], csv.Numbers("Close"));
        var status = (await db.RunAsync("status")).ShouldSucceed().Out;
        Assert.Contains("sync:yahoo", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_OneSymbolUnknown_OthersStoredExitNonZeroWithOneLine()
    {
        upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Text(200, Chart("SPY", [Dec26, Dec29], [690.5, 688.0], [1, 2])));
        upstream.On("/v8/finance/chart/XQZW", UpstreamStandIn.Text(404,
            """{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}"""));

        var run = await RunAsync("sync", "--provider", "yahoo", "--symbols", "XQZW,SPY");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal("smallcap: sync: 1 of 2 failed: yahoo XQZW: unknown symbol (Not Found: No data found, symbol may be delisted)", line);
        Assert.Matches(@"SPY\s+yahoo\s+2\s+updated", run.Out);
        Assert.Matches(@"XQZW\s+yahoo\s+0\s+FAILED", run.Out);
        var csv = new ExportedCsv((await db.RunAsync("export", "bars", "--symbol", "SPY")).ShouldSucceed().Out);
        Assert.Equal(2, csv.Rows.Length);
    }

    [Fact]
    public async Task Sync_ProShares_RealFlowsStoredAndExported()
    {
        upstream.On("/etfdata/ByFund/SRTY-historical_nav.csv", UpstreamStandIn.Text(200, """
            Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management
            12/30/2025,ProShares UltraPro Short Russell2000,SRTY,12.50,12.00,4.17,0.50,2000,"$25,000,000.00"
            12/29/2025,ProShares UltraPro Short Russell2000,SRTY,12.00,12.20,-1.64,-0.20,1900,"$22,800,000.00"
            """, "text/csv"));

        var run = (await RunAsync("sync", "--provider", "proshares", "--symbols", "SRTY")).ShouldSucceed();

        Assert.Matches(@"SRTY\s+proshares\s+2\s+updated", run.Out);
        var csv = new ExportedCsv((await db.RunAsync("export", "flows", "--symbol", "SRTY")).ShouldSucceed().Out);
        // (2,000,000 − 1,900,000) shares × NAV 12.50 on 12/30.
        Assert.Equal(1_250_000, csv.Number("2025-12-30", "NetFlow"), 6);
        Assert.Equal("false", csv.Cell("2025-12-30", "Modelled"));
        Assert.True(Directory.Exists(Path.Combine(db.FileBeside("archive"), "proshares")));
    }

    [Fact]
    public async Task Sync_UnknownProvider_NamesTheOption()
    {
        var run = await RunAsync("sync", "--provider", "bloomberg", "--symbols", "IWM");

        var line = run.ShouldFailWithOneLine();
        Assert.Contains("--provider", line, StringComparison.Ordinal);
        Assert.Contains("bloomberg", line, StringComparison.Ordinal);
        Assert.Empty(upstream.Requests);
    }

    private async Task<CliRun> RunAsync(params string[] args)
    {
        var archive = db.FileBeside("archive");
        string? Environment(string name) => name switch
        {
            "Sync__Yahoo__BaseUrl" or "Sync__Stooq__BaseUrl" or "Sync__IShares__BaseUrl" or "Sync__ProShares__BaseUrl" or "Sync__Direxion__BaseUrl" => upstream.BaseUrl,
            "Sync__ArchiveFolder" => archive,
            _ => null,
        };

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync([.. args, "--db", db.Path], output, error, Environment);
        SqliteConnection.ClearAllPools();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static string Chart(string symbol, long[] ts, double[] close, long[] volume)
    {
        static string A<T>(IEnumerable<T> xs) => "[" + string.Join(",", xs.Select(x => Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))) + "]";
        return "{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\",\"symbol\":\"" + symbol + "\",\"exchangeTimezoneName\":\"America/New_York\"},"
            + "\"timestamp\":" + A(ts) + ",\"indicators\":{\"quote\":[{\"open\":" + A(close) + ",\"high\":" + A(close) + ",\"low\":" + A(close)
            + ",\"close\":" + A(close) + ",\"volume\":" + A(volume) + "}],\"adjclose\":[{\"adjclose\":" + A(close) + "}]}}],\"error\":null}}";
    }
}
