using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Testing;
using static SmallCapDashboard.Data.Tests.Sync.YahooJson;

namespace SmallCapDashboard.Data.Tests.Sync;

/// <summary>The Stooq fallback and the issuer downloads against the stand-in, in the real shapes.</summary>
public sealed class StooqAndIssuerSyncTests
{
    private const string ProofOfWorkPage = "<!DOCTYPE html>\n<html><head><title>stooq</title><script>/* proof of work */</script></head><body>Checking your browser…</body></html>";

    [Fact]
    public async Task Sync_StooqHtml200_RefusedWithOneLineNamingTheCheck()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/q/d/l/", UpstreamStandIn.Text(200, ProofOfWorkPage, "text/html"));

        var outcome = Assert.Single((await h.RunAsync(new SyncRequest { Providers = [SyncProvider.Stooq], Symbols = ["IWM"] })).Outcomes);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Equal("stooq IWM: answered HTTP 200 with an HTML page (its proof-of-work check for non-browser clients), not CSV; nothing imported", outcome.Message);
        Assert.DoesNotContain('\n', outcome.Message);
        Assert.Empty(await h.BarsAsync("IWM"));
    }

    [Fact]
    public async Task Sync_YahooUnknownAndStooqHtml_BothReasonsInTheOneLine()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Text(404, NotFound));
        h.Upstream.On("/q/d/l/", UpstreamStandIn.Text(200, ProofOfWorkPage, "text/html"));

        var outcome = Assert.Single((await h.RunAsync(new SyncRequest { Symbols = ["SPY"] })).Outcomes); // SPY has no issuer file: prices only

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.StartsWith("yahoo SPY: unknown symbol (Not Found: No data found, symbol may be delisted); fallback stooq SPY: answered HTTP 200 with an HTML page", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_ProShares_HistoricalNavImportedAsRealFlowsAndTheDaysFileKept()
    {
        // Newest first, MM/DD/YYYY, shares in thousands, AUM with $ and separators: the real file's shape.
        const string file = """
            Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management
            01/06/2026,ProShares Short Russell2000,RWM,20.00,19.80,1.01,0.20,5100,"$102,000,000.00"
            01/05/2026,ProShares Short Russell2000,RWM,19.80,20.10,-1.49,-0.30,5000,"$99,000,000.00"
            01/02/2026,ProShares Short Russell2000,RWM,20.10,20.00,0.50,0.10,5050,"$101,505,000.00"
            """;
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/etfdata/ByFund/RWM-historical_nav.csv", UpstreamStandIn.Text(200, file, "text/csv"));

        var report = await h.RunAsync(new SyncRequest { Providers = [SyncProvider.ProShares], Symbols = ["RWM"] });

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(SyncStatus.Updated, outcome.Status);
        await using var db = await h.Db.CreateDbContextAsync();
        var days = await db.FundDays.AsNoTracking().Where(f => f.Instrument!.Symbol == "RWM").OrderBy(f => f.Date).ToListAsync();
        Assert.Equal([5_050_000.0, 5_000_000, 5_100_000], days.Select(d => d.SharesOutstanding!.Value));
        // net flow(t) = (shares(t) − shares(t−1)) × NAV(t): Jan 5 (5,000,000 − 5,050,000) × 19.80; Jan 6 (5,100,000 − 5,000,000) × 20.
        Assert.Null(days[0].NetFlow);
        Assert.Equal(-990_000, days[1].NetFlow!.Value, 6);
        Assert.Equal(2_000_000, days[2].NetFlow!.Value, 6);
        Assert.All(days, d => Assert.False(d.Modelled));
        Assert.All(days, d => Assert.Equal("sync:proshares", d.Source));
        Assert.Equal(file, await File.ReadAllTextAsync(Path.Combine(h.ArchiveFolder, "proshares", "2026-01-07", "RWM-historical_nav.csv")));
    }

    [Fact]
    public async Task Sync_IShares_FundDownloadFromTheTemplateGoesThroughTheImporterAndIsKept()
    {
        var xls = await File.ReadAllBytesAsync(RepoPaths.SharedData("issuer", "iShares-Example-Small-Cap-ETF_fund.xls"));
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/us/products/239710/ishares-russell-2000-etf/1521942788811.ajax", UpstreamStandIn.Bytes(xls, "application/vnd.ms-excel"));

        var outcome = Assert.Single((await h.RunAsync(new SyncRequest { Providers = [SyncProvider.IShares], Symbols = ["IWM"] })).Outcomes);

        var request = Assert.Single(h.Upstream.Requests);
        Assert.Equal("?fileType=xls&fileName=IWM_fund&dataType=fund", request.Query);
        Assert.NotNull(outcome.ImportRunId); // handed to ImportService (the iShares parser decides; until it lands, a one-line refusal)
        Assert.Equal(xls, await File.ReadAllBytesAsync(Path.Combine(h.ArchiveFolder, "ishares", "2026-01-07", "IWM_fund.xls")));
    }

    [Fact]
    public async Task Sync_IssuerTemplateFromConfiguration_IsUsed()
    {
        await using var h = await SyncHarness.StartAsync(new() { ["Sync:Direxion:UrlTemplate"] = "{base}/moved/{fund}-holdings.csv" });
        h.Upstream.On("/moved/tna-holdings.csv", UpstreamStandIn.Text(200, "Direxion Daily Small Cap Bull 3X Shares\nTNA\nShares Outstanding:1000\n\n\nTradeDate,AccountTicker,StockTicker,SecurityDescription,Shares,Price,MarketValue,Cusip,HoldingsPercent\n", "text/csv"));

        var outcome = Assert.Single((await h.RunAsync(new SyncRequest { Providers = [SyncProvider.Direxion], Symbols = ["TNA"] })).Outcomes);

        Assert.Equal(1, h.Upstream.CallsTo("/moved/tna-holdings.csv"));
        Assert.NotNull(outcome.ImportRunId);
        Assert.True(File.Exists(Path.Combine(h.ArchiveFolder, "direxion", "2026-01-07", "TNA.csv")));
    }

    [Fact]
    public async Task Sync_IssuerHtml200_RefusedAndTheOtherFundStillRuns()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/etfdata/ByFund/TWM-historical_nav.csv", UpstreamStandIn.Text(200, "<html><body>Please sign in</body></html>", "text/html"));
        h.Upstream.On("/etfdata/ByFund/RWM-historical_nav.csv", UpstreamStandIn.Text(200,
            "Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management\n01/06/2026,ProShares Short Russell2000,RWM,20.00,19.80,1.01,0.20,5100,102000000\n", "text/csv"));

        var report = await h.RunAsync(new SyncRequest { Providers = [SyncProvider.ProShares], Symbols = ["TWM", "RWM"] });

        Assert.Equal("proshares TWM: answered HTTP 200 with an HTML page (a login, consent or proof-of-work page), not the fund file; nothing imported",
            report.Outcomes.Single(o => o.Symbol == "TWM").Message);
        Assert.Equal(SyncStatus.Updated, report.Outcomes.Single(o => o.Symbol == "RWM").Status);
        Assert.False(report.Succeeded);
    }
}
