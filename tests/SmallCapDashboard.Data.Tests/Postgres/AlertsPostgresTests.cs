using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Testing;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Tests.Alerts;

namespace SmallCapDashboard.Data.Tests.Postgres;

/// <summary>Exactly-once delivery on PostgreSQL: two instances (independent service providers) checking at the same time, twice.</summary>
public sealed class AlertsPostgresTests : IAsyncLifetime
{
    private static readonly DateOnly[] Days = AlertRuleStoreTests.Days;
    private static readonly double[] Closes = AlertRuleStoreTests.Closes;

    private AlertTestStore _store = null!;
    private LoopbackWebhook _hook = null!;

    public async Task InitializeAsync()
    {
        _store = await AlertTestStore.PostgresAsync();
        _hook = await LoopbackWebhook.StartAsync();
        await _store.AddBarsAsync("TST", Days[..6], Closes[..6]);
    }

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Check_TwoInstancesTwice_EachEventDeliveredOncePerChannel_Postgres()
    {
        // Five rules that each fire once on the new sessions (golden 2/3 on 01-10; the cross rules see it as "golden").
        var rules = _store.Get<AlertRuleStore>();
        string[] texts = ["cross:2/3", "golden:2/3", "cross:2/3", "golden:2/3", "cross:2/3"];
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            await rules.AddAsync(new AlertRuleDraft("TST", text) { Name = $"rule {i}", WebhookUrl = _hook.Url + "?r=" + i });
        }

        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);
        var a = _store.Services.GetRequiredService<AlertChecker>();
        var b = (await _store.NewInstanceAsync()).GetRequiredService<AlertChecker>();

        var round1 = await Task.WhenAll(a.CheckAsync(), b.CheckAsync(), a.CheckAsync(), b.CheckAsync());
        var round2 = await Task.WhenAll(a.CheckAsync(), b.CheckAsync());

        Assert.Equal(5, round1.Sum(r => r.NewEvents.Count));
        Assert.Equal(5, round1.Sum(r => r.Deliveries.Count));
        Assert.All(round2, r => Assert.Empty(r.NewEvents));
        Assert.All(round2, r => Assert.Empty(r.Deliveries));
        Assert.Equal(5, _hook.Requests.Count);
        await using var db = await _store.ContextAsync();
        Assert.Equal(5, await db.AlertEvents.CountAsync());
        var deliveries = await db.AlertDeliveries.ToListAsync();
        Assert.Equal(5, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((AlertDeliveryStatus.Delivered, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task Add_NewRule_NoFloodAndLastSeenIsLatest_Postgres()
    {
        var rule = await _store.Get<AlertRuleStore>().AddAsync(new AlertRuleDraft("TST", "death:2/3") { WebhookUrl = _hook.Url });

        var check = await _store.Get<AlertChecker>().CheckAsync();

        Assert.Equal(new DateOnly(2024, 1, 8), rule.LastSeenDate);
        Assert.Empty(check.NewEvents);
        Assert.Empty(_hook.Requests);
    }
}
