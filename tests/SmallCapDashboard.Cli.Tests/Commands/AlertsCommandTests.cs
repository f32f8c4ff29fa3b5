using SmallCapDashboard.Cli.Tests.Bundle;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary>
/// <c>smallcap alerts …</c> end to end on a SQLite file. TST: weekdays from Monday 2024-01-01 with closes
/// 10 11 12 11 9 8 (stored), then 9 (01-09) and 11 (01-10): SMA2 crosses below SMA3 on 01-05 (history when the rule
/// is made) and back above on 01-10 (SMA2 (9 + 11)/2 = 10 against SMA3 (8 + 9 + 11)/3 = 9.33).
/// </summary>
public sealed class AlertsCommandTests : IAsyncLifetime
{
    private static readonly DateOnly[] Days = Enumerable.Range(0, 8).Select(i => new DateOnly(2024, 1, 1).AddDays(i / 5 * 7 + i % 5)).ToArray();
    private static readonly double[] Closes = [10, 11, 12, 11, 9, 8, 9, 11];

    private readonly TempDatabase _db = new();
    private LoopbackWebhook _hook = null!;

    public async Task InitializeAsync()
    {
        _hook = await LoopbackWebhook.StartAsync();
        await _db.WriteAsync(db => db.Instruments.Add(Instrument(6)));
    }

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static Instrument Instrument(int count)
    {
        var tst = new Instrument { Symbol = "TST" };
        for (var i = 0; i < count; i++)
        {
            tst.Bars.Add(new DailyBar { Date = Days[i], Open = Closes[i], High = Closes[i], Low = Closes[i], Close = Closes[i], Volume = 1000, TotalReturnFactor = 1, Source = "test" });
        }

        return tst;
    }

    [Fact]
    public async Task AddImportCheckListTestRemove_EndToEnd()
    {
        var added = (await _db.RunAsync("alerts", "add", "--symbol", "tst", "--when", "cross:2/3", "--webhook", _hook.Url, "--secret", "k", "--name", "TST 2/3")).ShouldSucceed();
        Assert.Equal("1", added.Out.Trim());
        Assert.Contains("fires for sessions after 2024-01-08", added.Err, StringComparison.Ordinal);

        // An import commits the two new sessions; the data-change listener checks the rules and posts the cross.
        var file = _db.FileBeside("TST.csv");
        await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-09,9,9,9,9,9,1000\n2024-01-10,11,11,11,11,11,1000\n");
        (await _db.RunAsync("import", "bars", file, "--symbol", "TST")).ShouldSucceed();
        var posted = Assert.Single(_hook.Requests);
        Assert.Equal(("golden", "2024-01-10", "TST 2/3"), (posted.Json.GetProperty("event").GetString(), posted.Json.GetProperty("date").GetString(), posted.Json.GetProperty("name").GetString()));
        Assert.StartsWith("sha256=", posted.Signature, StringComparison.Ordinal);

        var check = (await _db.RunAsync("alerts", "check")).ShouldSucceed();
        Assert.Contains("Checked 1 rules", check.Out, StringComparison.Ordinal);
        Assert.Contains("0 new events, 0 of 0 deliveries sent.", check.Out, StringComparison.Ordinal);
        Assert.Single(_hook.Requests);

        var list = (await _db.RunAsync("alerts", "list")).ShouldSucceed();
        var row = list.Out.Split('\n').Single(l => l.StartsWith("1 ", StringComparison.Ordinal));
        Assert.Contains("TST", row, StringComparison.Ordinal);
        Assert.Contains("cross:2/3", row, StringComparison.Ordinal);
        Assert.Contains("2024-01-10", row, StringComparison.Ordinal);
        Assert.Contains("(signed)", row, StringComparison.Ordinal);

        var test = (await _db.RunAsync("alerts", "test", "1")).ShouldSucceed();
        Assert.Contains("Sent a test to webhook", test.Out, StringComparison.Ordinal);
        Assert.Equal(2, _hook.Requests.Count);
        Assert.True(_hook.Requests.Last().Json.GetProperty("test").GetBoolean());

        Assert.Equal("Removed rule 1.", (await _db.RunAsync("alerts", "remove", "1")).ShouldSucceed().Out.Trim());
        Assert.Equal("smallcap: alerts remove: no rule 1 (see 'smallcap alerts list').", (await _db.RunAsync("alerts", "remove", "1")).ShouldFailWithOneLine());
    }

    [Fact]
    public async Task Check_NewSessionsWrittenElsewhere_PrintsTheEventWithItsFrozenLink()
    {
        (await _db.RunAsync("alerts", "add", "--symbol", "TST", "--when", "golden:2/3")).ShouldSucceed();
        await _db.WriteAsync(db =>
        {
            var id = db.Instruments.Single(i => i.Symbol == "TST").Id;
            for (var i = 6; i < 8; i++)
            {
                db.DailyBars.Add(new DailyBar { InstrumentId = id, Date = Days[i], Open = Closes[i], High = Closes[i], Low = Closes[i], Close = Closes[i], Volume = 1000, TotalReturnFactor = 1, Source = "test" });
            }
        });

        var check = (await _db.RunAsync("alerts", "check")).ShouldSucceed();

        var line = check.Out.Split('\n').First();
        Assert.StartsWith("2024-01-10  rule 1  TST golden:2/3  golden  10  ", line, StringComparison.Ordinal);
        Assert.EndsWith("/indicators?symbol=TST&ma=2,3&from=2023-07-10&to=2024-01-10&asof=2024-01-10", line.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("1 new events", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cross:50/10", "smallcap: rule 'cross:50/10': '50/10' needs the fast length below the slow one (e.g. 10/50).")]
    [InlineData("rsi-above:170", "smallcap: rule 'rsi-above:170': '170' must be an RSI level between 0 and 100.")]
    [InlineData("sideways", "smallcap: rule 'sideways': 'sideways' is not a rule; expected one of cross, golden, death, rsi-regime, rsi-above, rsi-below, divergence, new-high, new-low, high-unconfirmed, spread-below, spread-above, return-rank, flow-below, flow-above.")]
    public async Task Add_BadRule_RefusedWithOneLine(string rule, string expected)
    {
        Assert.Equal(expected, (await _db.RunAsync("alerts", "add", "--symbol", "TST", "--when", rule)).ShouldFailWithOneLine());
        Assert.Contains("No alert rules", (await _db.RunAsync("alerts", "list")).ShouldSucceed().Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BadBasisOrSymbol_OneLine()
    {
        Assert.Equal("smallcap: --basis: 'gross' is not a basis (expected price or total).",
            (await _db.RunAsync("alerts", "add", "--symbol", "TST", "--when", "new-high", "--basis", "gross")).ShouldFailWithOneLine());
        Assert.Equal("smallcap: symbol 'XYZ': no daily bars stored (known: TST).",
            (await _db.RunAsync("alerts", "add", "--symbol", "XYZ", "--when", "new-high")).ShouldFailWithOneLine());
    }

    [Fact]
    public async Task Test_RuleWithoutChannels_OneLine()
    {
        (await _db.RunAsync("alerts", "add", "--symbol", "TST", "--when", "new-high")).ShouldSucceed();

        Assert.Equal("smallcap: alerts test: rule 1 has no webhook or e-mail; it shows on /alerts and the feed only.",
            (await _db.RunAsync("alerts", "test", "1")).ShouldFailWithOneLine());
    }
}

/// <summary>On the seeded bundle: a new rule starts at the bundle's last session and fires nothing from history.</summary>
[Collection(SeededBundleCollection.Name)]
public sealed class AlertsOnBundleTests(SeededBundle bundle)
{
    [Fact]
    public async Task Add_OnBundle_LastSeenIsLastBundledSessionAndCheckFiresNothing()
    {
        await using var db = bundle.Copy();
        var added = (await db.RunAsync("alerts", "add", "--symbol", "IWM:SPY", "--when", "new-low", "--basis", "total")).ShouldSucceed();
        (await db.RunAsync("alerts", "add", "--symbol", "IWM", "--when", "flow-below:-700m:2")).ShouldSucceed();

        var check = (await db.RunAsync("alerts", "check")).ShouldSucceed();

        // IWM and SPY share bars through 2025-12-24; IWM's real flows run to 2026-04-03.
        Assert.Contains("after 2025-12-24", added.Err, StringComparison.Ordinal);
        Assert.Contains("2026-04-03", (await db.RunAsync("alerts", "list")).Out, StringComparison.Ordinal);
        Assert.Contains("Checked 2 rules", check.Out, StringComparison.Ordinal);
        Assert.Contains("0 new events", check.Out, StringComparison.Ordinal);
    }
}
