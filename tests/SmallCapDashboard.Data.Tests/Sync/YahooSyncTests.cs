using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Testing;
using static SmallCapDashboard.Data.Tests.Sync.YahooJson;

namespace SmallCapDashboard.Data.Tests.Sync;

/// <summary>
/// <c>SyncService</c> against a stand-in Yahoo chart API v8 on loopback, answering in the real shape. Expected values
/// are the JSON's own numbers and factors worked out by hand from Close and Adj Close.
/// </summary>
public sealed class YahooSyncTests
{
    private const string IwmPath = "/v8/finance/chart/IWM";
    private static readonly SyncRequest YahooOnly = new() { Providers = [SyncProvider.Yahoo], Symbols = ["IWM"] };

    private static string ThreeSessions(double scale = 1) => Chart("IWM", [Jan02, Jan05, Jan06],
        [100 * scale, 101 * scale, 102 * scale], [101 * scale, 102 * scale, 103 * scale], [99 * scale, 100 * scale, 101 * scale],
        [100.5 * scale, 101.5 * scale, 102.5 * scale], [100.5 * scale, 101.5 * scale, 102.5 * scale], [1000, 2000, 3000]);

    [Fact]
    public async Task Sync_EmptyStore_StoresEverySessionAsGivenThroughTheImporter()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, ThreeSessions()));

        var report = await h.RunAsync(YahooOnly);

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(SyncStatus.Updated, outcome.Status);
        Assert.Equal(3, outcome.NewRows);
        var bars = await h.BarsAsync("IWM");
        Assert.Equal([new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6)], bars.Select(b => b.Date));
        Assert.Equal([100.5, 101.5, 102.5], bars.Select(b => b.Close));
        Assert.Equal([100.0, 101, 102], bars.Select(b => b.Open));
        Assert.Equal([101.0, 102, 103], bars.Select(b => b.High));
        Assert.Equal([99.0, 100, 101], bars.Select(b => b.Low));
        Assert.Equal([1000.0, 2000, 3000], bars.Select(b => b.Volume));
        Assert.All(bars, b => Assert.Equal(1.0, b.TotalReturnFactor));
        Assert.All(bars, b => Assert.Equal("sync:yahoo", b.Source));

        // One request, browser-like, for the whole history (no stored bars: from 1970-01-02 = 86400 s).
        var request = Assert.Single(h.Upstream.Requests);
        Assert.Contains("Mozilla/5.0", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains("period1=86400&", request.Query, StringComparison.Ordinal);
        Assert.Contains("interval=1d", request.Query, StringComparison.Ordinal);
        Assert.Contains("events=div%2Csplit", request.Query, StringComparison.Ordinal);

        // Recorded: the import (kind sync, Yahoo format) and the run's summary; the change is announced as a sync.
        var runs = await h.RunsAsync();
        Assert.Equal(["sync|yahoo|yahoo:IWM|3|Succeeded", "sync|run|sync:yahoo|3|Succeeded"], runs.Select(r => $"{r.Kind}|{r.Format}|{r.File}|{r.Rows}|{r.Status}"));
        var change = Assert.Single(h.Changes);
        Assert.Equal(DataChangeKind.Sync, change.Kind);
        Assert.Equal(["IWM"], change.Symbols);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public async Task Sync_Dividend_FactorFromAdjCloseSoTheTotalReturnOverTheExDateIsZero()
    {
        // A $0.50 dividend goes ex on Jan 6: the close drops 50 → 49.50, Adj Close before the ex date is 50 × (1 − 0.5/50) = 49.50.
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, Chart("IWM", [Jan02, Jan05, Jan06],
            [50, 50, 49.5], [50, 50, 49.5], [50, 50, 49.5], [50, 50, 49.5], [49.5, 49.5, 49.5], [10, 10, 10],
            $$$"""  "dividends":{"{{{Jan06}}}":{"amount":0.5,"date":{{{Jan06}}}}}  """)));

        await h.RunAsync(YahooOnly);

        var bars = await h.BarsAsync("IWM");
        // factor = (Adj Close / Close) / (Adj Close / Close on the first bar): 1, 1, (49.5/49.5)/(49.5/50) = 50/49.5.
        Assert.Equal(1.0, bars[0].TotalReturnFactor, 12);
        Assert.Equal(1.0, bars[1].TotalReturnFactor, 12);
        Assert.Equal(50 / 49.5, bars[2].TotalReturnFactor, 12);
        Assert.Equal(1.0, bars[2].Close * bars[2].TotalReturnFactor / (bars[1].Close * bars[1].TotalReturnFactor), 12);
        Assert.Equal(49.5, bars[2].Close);
    }

    [Fact]
    public async Task Sync_NullEntries_RowSkippedWithAWarning()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, Chart("IWM", [Jan02, Jan05, Jan06],
            [100, null, 102], [101, null, 103], [99, null, 101], [100.5, null, 102.5], [100.5, null, 102.5], [1000, null, 3000])));

        var report = await h.RunAsync(YahooOnly);

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(SyncStatus.Updated, outcome.Status);
        Assert.Equal([new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 6)], (await h.BarsAsync("IWM")).Select(b => b.Date));
        Assert.Contains(outcome.Warnings, w => w.Contains("skipped 1 row(s) with no prices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_SplitInTheAnswer_EmptyStoreTakesTheSplitAdjustedPrices()
    {
        // A 2:1 split on Jan 6: Yahoo's quotes are already split-adjusted (Jan 2 traded at 100, shown as 50).
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, SplitChart()));

        var report = await h.RunAsync(YahooOnly);

        Assert.Equal(SyncStatus.Updated, Assert.Single(report.Outcomes).Status);
        Assert.Equal([50.0, 51, 52], (await h.BarsAsync("IWM")).Select(b => b.Close));
    }

    [Fact]
    public async Task Sync_SplitAfterTheStoredHistory_RefusedUnlessReplaceWhichReloadsTheWholeSpan()
    {
        await using var h = await SyncHarness.StartAsync(new() { ["Sync:OverlapSessions"] = "1" });
        await StorePreSplitAsync(h);
        var before = await h.BarsAsync("IWM");
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, SplitChart()));

        var refused = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(SyncStatus.Failed, refused.Status);
        Assert.Contains("2:1 split on 2026-01-06", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before.Select(b => (b.Date, b.Close, b.Source)), (await h.BarsAsync("IWM")).Select(b => (b.Date, b.Close, b.Source)));

        h.Upstream.Clear();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, SplitChart()));
        var replaced = Assert.Single((await h.RunAsync(YahooOnly with { Replace = true })).Outcomes);

        Assert.Equal(SyncStatus.Updated, replaced.Status);
        // The overlap request started at Jan 5 (one session back); the split made it reload from the first stored day, Jan 2.
        Assert.Equal(2, h.Upstream.CallsTo(IwmPath));
        Assert.Contains("period1=1767312000&", h.Upstream.Requests[^1].Query, StringComparison.Ordinal);
        Assert.Equal([50.0, 51, 52], (await h.BarsAsync("IWM")).Select(b => b.Close));
    }

    [Fact]
    public async Task Sync_UnknownSymbol_404JsonGivesOneLineAndTheOtherSymbolStillSyncs()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, ThreeSessions()));
        h.Upstream.On("/v8/finance/chart/XQZW", UpstreamStandIn.Text(404, NotFound));

        var report = await h.RunAsync(new SyncRequest { Providers = [SyncProvider.Yahoo], Symbols = ["XQZW", "IWM"] });

        Assert.False(report.Succeeded);
        var bad = report.Outcomes.Single(o => o.Symbol == "XQZW");
        Assert.Equal(SyncStatus.Failed, bad.Status);
        Assert.Equal("yahoo XQZW: unknown symbol (Not Found: No data found, symbol may be delisted)", bad.Message);
        Assert.Equal(SyncStatus.Updated, report.Outcomes.Single(o => o.Symbol == "IWM").Status);
        Assert.Equal(3, (await h.BarsAsync("IWM")).Count);
        var summary = (await h.RunsAsync()).Single(r => r.Format == "run");
        Assert.Equal(ImportStatus.Refused, summary.Status);
        Assert.Contains("XQZW [yahoo] Failed: yahoo XQZW: unknown symbol", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_429WithRetryAfter_RetriedThenStored()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath,
            UpstreamStandIn.Text(429, "Too Many Requests", "text/plain", ("Retry-After", "1")),
            UpstreamStandIn.Text(200, ThreeSessions()));

        var outcome = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(SyncStatus.Updated, outcome.Status);
        Assert.Equal(2, h.Upstream.CallsTo(IwmPath));
        Assert.Equal(3, (await h.BarsAsync("IWM")).Count);
    }

    [Fact]
    public async Task Sync_Timeout_FailsAfterTheRetriesAndFallsBackToStooq()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On("/v8/finance/chart/SPY", UpstreamStandIn.Slow(TimeSpan.FromSeconds(5), UpstreamStandIn.Text(200, ThreeSessions())));
        h.Upstream.On("/q/d/l/", UpstreamStandIn.Text(200, "Date,Open,High,Low,Close,Volume\r\n2026-01-05,101,102,100,101.5,2000\r\n2026-01-06,102,103,101,102.5,3000\r\n", "text/csv"));

        var outcome = Assert.Single((await h.RunAsync(new SyncRequest { Symbols = ["SPY"] /* no issuer file: prices only */ })).Outcomes);

        Assert.Equal(SyncStatus.Updated, outcome.Status);
        Assert.Equal(SyncProvider.Stooq, outcome.Provider);
        Assert.StartsWith("stooq (fallback; yahoo SPY: no answer within the timeout", outcome.Source, StringComparison.Ordinal);
        Assert.Equal(2, h.Upstream.CallsTo("/v8/finance/chart/SPY")); // the attempt and one retry (MaxRetries 1)
        var bars = await h.BarsAsync("SPY");
        Assert.Equal([101.5, 102.5], bars.Select(b => b.Close));
        Assert.All(bars, b => Assert.Equal("sync:stooq", b.Source));
        var stooq = h.Upstream.Requests.Single(r => r.Path == "/q/d/l/");
        // From the start (no stored bars) to the last completed session, Tuesday Jan 6 (it is Wednesday noon in New York).
        Assert.Equal("?s=spy.us&d1=19700102&d2=20260106&i=d", stooq.Query);
    }

    [Fact]
    public async Task Sync_TruncatedBody_OneLineAndNothingStored()
    {
        await using var h = await SyncHarness.StartAsync();
        var json = ThreeSessions();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, json[..(json.Length / 2)]));

        var outcome = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains("not complete JSON", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(await h.BarsAsync("IWM"));
        Assert.Equal(["run"], (await h.RunsAsync()).Select(r => r.Format));
    }

    [Fact]
    public async Task Sync_ConnectionDropsMidBody_OneLineAndNothingStored()
    {
        await using var h = await SyncHarness.StartAsync();
        var json = System.Text.Encoding.UTF8.GetBytes(ThreeSessions());
        h.Upstream.On(IwmPath, async context =>
        {
            // Announces the whole body, sends half of it, then drops the connection.
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = json.Length;
            await context.Response.Body.WriteAsync(json.AsMemory(0, json.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
        });

        var outcome = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.StartsWith("yahoo IWM: ", outcome.Message, StringComparison.Ordinal);
        Assert.EndsWith("nothing imported", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', outcome.Message);
        Assert.Empty(await h.BarsAsync("IWM"));
    }

    [Fact]
    public async Task Sync_BeforeTheClose_TodaysPartialBarIsNotStoredAfterTheCloseItIs()
    {
        await using var h = await SyncHarness.StartAsync();
        var withToday = Chart("IWM", [Jan02, Jan05, Jan06, Jan07],
            [100, 101, 102, 103], [101, 102, 103, 104], [99, 100, 101, 102], [100.5, 101.5, 102.5, 103.5], [100.5, 101.5, 102.5, 103.5], [1000, 2000, 3000, 400]);
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, withToday));

        // 16:10 New York on Wednesday Jan 7: closed ten minutes ago, inside the 20-minute margin.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 7, 21, 10, 0, TimeSpan.Zero));
        var early = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(new DateOnly(2026, 1, 6), (await h.BarsAsync("IWM"))[^1].Date);
        Assert.Contains(early.Warnings, w => w.Contains("left out 1 bar(s) after 2026-01-06: the session has not closed yet", StringComparison.Ordinal));

        // 16:25 New York: the bar is final.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 7, 21, 25, 0, TimeSpan.Zero));
        var late = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(SyncStatus.Updated, late.Status);
        Assert.Equal(1, late.NewRows);
        Assert.Equal(103.5, (await h.BarsAsync("IWM"))[^1].Close);
    }

    [Fact]
    public async Task Sync_RevisedHistory_RefusedUnlessReplace()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, ThreeSessions()));
        await h.RunAsync(YahooOnly);

        // A day later the vendor restates the three stored sessions 2% higher.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 8, 17, 0, 0, TimeSpan.Zero));
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, Chart("IWM", [Jan02, Jan05, Jan06, Jan07],
            [102, 103.02, 104.04, 105], [103.02, 104.04, 105.06, 106], [100.98, 102, 103.02, 104], [102.51, 103.53, 104.55, 106], [102.51, 103.53, 104.55, 106], [1000, 2000, 3000, 4000])));

        var refused = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(SyncStatus.Failed, refused.Status);
        Assert.Contains("disagrees by more than 0.5%", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Message, StringComparison.Ordinal);
        Assert.Equal([100.5, 101.5, 102.5], (await h.BarsAsync("IWM")).Select(b => b.Close));

        var replaced = Assert.Single((await h.RunAsync(YahooOnly with { Replace = true })).Outcomes);

        Assert.Equal(SyncStatus.Updated, replaced.Status);
        Assert.Equal([102.51, 103.53, 104.55, 106], (await h.BarsAsync("IWM")).Select(b => b.Close));
    }

    [Fact]
    public async Task Sync_Incremental_AsksFromTheOverlapAndAddsOnlyTheNewSession()
    {
        await using var h = await SyncHarness.StartAsync(new() { ["Sync:OverlapSessions"] = "2" });
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, ThreeSessions()));
        await h.RunAsync(YahooOnly);
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 8, 17, 0, 0, TimeSpan.Zero));
        h.Upstream.On(IwmPath, UpstreamStandIn.Text(200, Chart("IWM", [Jan05, Jan06, Jan07],
            [101, 102, 103], [102, 103, 104], [100, 101, 102], [101.5, 102.5, 103.5], [101.5, 102.5, 103.5], [2000, 3000, 4000])));

        var outcome = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);

        Assert.Equal(1, outcome.NewRows);
        // Two stored sessions back from Jan 6: Jan 5, 00:00 UTC = 1767571200 s.
        Assert.Contains("period1=1767571200&", h.Upstream.Requests[^1].Query, StringComparison.Ordinal);
        Assert.Equal([100.5, 101.5, 102.5, 103.5], (await h.BarsAsync("IWM")).Select(b => b.Close));

        // Stored through the last completed session (Jan 7): nothing to ask.
        var again = Assert.Single((await h.RunAsync(YahooOnly)).Outcomes);
        Assert.Equal(SyncStatus.UpToDate, again.Status);
        Assert.Equal(2, h.Upstream.CallsTo(IwmPath));
    }

    private static string SplitChart() => Chart("IWM", [Jan02, Jan05, Jan06],
        [50, 51, 52], [51, 52, 53], [49, 50, 51], [50, 51, 52], [50, 51, 52], [2000, 2000, 1000],
        $$$"""  "splits":{"{{{Jan06}}}":{"date":{{{Jan06}}},"numerator":2.0,"denominator":1.0,"splitRatio":"2:1"}}  """);

    private static async Task StorePreSplitAsync(SyncHarness h)
    {
        var dir = Path.Combine(Path.GetTempPath(), "smallcap-presplit-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "IWM.csv");
            await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2026-01-02,100,102,98,100,100,1000\n2026-01-05,102,104,100,102,102,1000\n");
            var imported = await h.Get<ImportService>().ImportBarsAsync(file, new BarImportOptions());
            Assert.True(imported.Succeeded, imported.Error);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
