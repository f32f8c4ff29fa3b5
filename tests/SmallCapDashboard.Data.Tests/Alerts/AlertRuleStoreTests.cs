using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Tests.Alerts;

public sealed class AlertRuleStoreTests : IAsyncLifetime
{
    // Weekdays from Monday 2024-01-01; with SMA2/SMA3 the closes 10 11 12 11 9 8 9 11 cross down on 01-05 and up on
    // 01-10 (worked out in the Analytics evaluator tests). The store starts with the first six sessions (to 01-08).
    internal static readonly DateOnly[] Days = Enumerable.Range(0, 10).Select(Weekday).ToArray();
    internal static readonly double[] Closes = [10, 11, 12, 11, 9, 8, 9, 11, 12, 13];

    private AlertTestStore _store = null!;

    internal static DateOnly Weekday(int i) => new DateOnly(2024, 1, 1).AddDays(i / 5 * 7 + i % 5);

    public async Task InitializeAsync()
    {
        _store = await AlertTestStore.SqliteAsync();
        await _store.AddBarsAsync("TST", Days[..6], Closes[..6]);
        await _store.AddBarsAsync("BIG", Days[..6], [100, 100, 100, 100, 100, 100], SizeGroup.Large);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private AlertRuleStore Rules => _store.Get<AlertRuleStore>();

    [Fact]
    public async Task Add_NewRule_LastSeenIsLatestStoredSessionAndCheckDoesNotFlood()
    {
        var rule = await Rules.AddAsync(new AlertRuleDraft("tst", "CROSS:2/3"));

        Assert.Equal(("TST", "cross:2/3", "TST cross:2/3"), (rule.Symbol, rule.Rule, rule.Name));
        Assert.Equal(new DateOnly(2024, 1, 8), rule.LastSeenDate);

        // The death cross of 01-05 is history: the check records nothing.
        var check = await _store.Get<AlertChecker>().CheckAsync();
        Assert.Empty(check.NewEvents);
        Assert.Empty(await Rules.RecentEventsAsync());
    }

    [Theory]
    [InlineData("TST", "cross:50/10", "rule 'cross:50/10': '50/10' needs the fast length below the slow one (e.g. 10/50).")]
    [InlineData("NOPE", "new-high", "symbol 'NOPE': no daily bars stored (known: BIG, TST).")]
    [InlineData("TST:BIG", "flow-below:-1m", "rule 'flow-below:-1000000': needs a plain symbol, not the ratio symbol TST:BIG.")]
    [InlineData("TST", "flow-below:-1m", "rule 'flow-below:-1000000': TST has no fund flows stored.")]
    [InlineData("TST", "spread-below:-10:ytd:XYZ", "rule 'spread-below:-10:ytd:XYZ': the large symbol XYZ has no daily bars stored.")]
    [InlineData("TST:", "new-high", "symbol 'TST:': neither a symbol nor a ratio of two (e.g. IWM:SPY).")]
    public async Task Add_BadInput_OneLineNamingWhatIsWrong(string symbol, string rule, string expected)
    {
        var e = await Assert.ThrowsAsync<AlertInputException>(() => Rules.AddAsync(new AlertRuleDraft(symbol, rule)));

        Assert.Equal(expected, e.Message);
        Assert.Empty(await Rules.ListAsync());
    }

    [Fact]
    public async Task Add_BadChannels_Refused()
    {
        var webhook = await Assert.ThrowsAsync<AlertInputException>(() => Rules.AddAsync(new AlertRuleDraft("TST", "new-high") { WebhookUrl = "ftp://x/y" }));
        Assert.Equal("webhook: 'ftp://x/y' is not an absolute http or https URL.", webhook.Message);
        var email = await Assert.ThrowsAsync<AlertInputException>(() => Rules.AddAsync(new AlertRuleDraft("TST", "new-high") { Email = "not an address" }));
        Assert.Equal("email: 'not an address' is not an e-mail address.", email.Message);
    }

    [Fact]
    public async Task Add_RatioSymbol_LastSeenIsLatestCommonSession()
    {
        var rule = await Rules.AddAsync(new AlertRuleDraft("TST:BIG", "new-low") { Basis = PriceBasis.Total });

        Assert.Equal(("TST:BIG", PriceBasis.Total, new DateOnly(2024, 1, 8)), (rule.Symbol, rule.Basis, rule.LastSeenDate));
    }

    [Fact]
    public async Task PauseAndRemove_OwnerOrCli_OtherUsersForbidden()
    {
        var mine = await Rules.AddAsync(new AlertRuleDraft("TST", "new-high"), ownerUserId: "alice");
        var cli = await Rules.AddAsync(new AlertRuleDraft("TST", "new-low"));

        Assert.Equal(AlertChangeResult.Forbidden, await Rules.SetPausedAsync(mine.Id, true, AlertActor.User("bob")));
        Assert.Equal(AlertChangeResult.Forbidden, await Rules.RemoveAsync(cli.Id, AlertActor.User("alice")));
        Assert.Equal(AlertChangeResult.Done, await Rules.SetPausedAsync(mine.Id, true, AlertActor.User("alice")));
        Assert.True((await Rules.FindAsync(mine.Id))!.Paused);
        Assert.Equal(AlertChangeResult.Done, await Rules.RemoveAsync(cli.Id, AlertActor.Cli));
        Assert.Equal(AlertChangeResult.NotFound, await Rules.RemoveAsync(cli.Id, AlertActor.Cli));
        Assert.Equal([mine.Id], (await Rules.ListAsync("alice")).Select(r => r.Id));
        Assert.Empty(await Rules.ListAsync("bob"));
    }

    [Fact]
    public async Task Preview_WholeHistory_CountAndLastDate()
    {
        await _store.AddBarsAsync("TST", Days[6..], Closes[6..]);

        var preview = await Rules.PreviewAsync("TST", "cross:2/3", PriceBasis.Price);

        // death 01-05, golden 01-10; the history is too short for any forward return.
        Assert.Equal((2, new DateOnly(2024, 1, 10)), (preview.Count, preview.Last));
        Assert.Equal(["golden", "death"], preview.Recent.Select(e => e.Kind));
        Assert.All(preview.Recent, e => Assert.Null(e.Return1M));
        Assert.Null(preview.Mean1M);
    }

    [Fact]
    public async Task Preview_ForwardReturnsAfterEachFiring()
    {
        // 70 weekdays to Fri 2024-04-05: 10 11 12 11 9 8 9 11, then 11 flat (no further cross: SMA2 = SMA3 = 11).
        // Death on 01-05 (close 9): +1M = 02-05 (close 11) → 11/9 − 1; +3M = 04-05 (11) → the same; +6M beyond the data.
        // Golden on 01-10 (close 11): +1M = 02-10, a Saturday → 02-09 (11) → 0; +3M = 04-10 beyond the data.
        var more = Enumerable.Range(6, 64).Select(Weekday).ToArray();
        await _store.AddBarsAsync("TST", more, more.Select((_, i) => i == 0 ? 9.0 : 11.0).ToArray());

        var preview = await Rules.PreviewAsync("TST", "cross:2/3", PriceBasis.Price);

        Assert.Equal(new DateOnly(2024, 4, 5), Weekday(69));
        var death = preview.Recent.Single(e => e.Kind == "death");
        var golden = preview.Recent.Single(e => e.Kind == "golden");
        Assert.Equal(11.0 / 9.0 - 1.0, death.Return1M!.Value, 1e-12);
        Assert.Equal(11.0 / 9.0 - 1.0, death.Return3M!.Value, 1e-12);
        Assert.Null(death.Return6M);
        Assert.Equal(0.0, golden.Return1M!.Value, 1e-12);
        Assert.Null(golden.Return3M);
        Assert.Equal((11.0 / 9.0 - 1.0) / 2, preview.Mean1M!.Value, 1e-12);
        Assert.Equal(11.0 / 9.0 - 1.0, preview.Mean3M!.Value, 1e-12);
        Assert.Null(preview.Mean6M);
    }
}
