using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Testing;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Alerts;

public sealed class AlertCheckerTests : IAsyncLifetime
{
    private static readonly DateOnly[] Days = AlertRuleStoreTests.Days;
    private static readonly double[] Closes = AlertRuleStoreTests.Closes;

    private AlertTestStore _store = null!;
    private LoopbackWebhook _hook = null!;

    public async Task InitializeAsync()
    {
        _store = await AlertTestStore.SqliteAsync();
        _hook = await LoopbackWebhook.StartAsync();
        await _store.AddBarsAsync("TST", Days[..6], Closes[..6]);
    }

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        await _store.DisposeAsync();
    }

    private AlertRuleStore Rules => _store.Get<AlertRuleStore>();

    private AlertChecker Checker => _store.Get<AlertChecker>();

    [Fact]
    public async Task Check_NewSessions_RecordsTheGoldenCrossWithFrozenLinkAndPostsItSigned()
    {
        var rule = await Rules.AddAsync(new AlertRuleDraft("TST", "cross:2/3") { WebhookUrl = _hook.Url, WebhookSecret = "s3cret" });
        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]); // 01-09 (9), 01-10 (11): golden cross on 01-10

        var check = await Checker.CheckAsync();

        var e = Assert.Single(check.NewEvents);
        Assert.Equal((new DateOnly(2024, 1, 10), "golden", 10.0), (e.Date, e.Kind, e.Value));
        Assert.Equal("/indicators?symbol=TST&ma=2,3&from=2023-07-10&to=2024-01-10&asof=2024-01-10", e.Link);
        var delivered = Assert.Single(check.Deliveries);
        Assert.True(delivered.Delivered, delivered.Error);

        var received = Assert.Single(_hook.Requests);
        var expectedSignature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), received.Body));
        Assert.Equal(expectedSignature, received.Signature);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        var json = received.Json;
        Assert.Equal("cross:2/3", json.GetProperty("rule").GetString());
        Assert.Equal("TST", json.GetProperty("symbol").GetString());
        Assert.Equal("golden", json.GetProperty("event").GetString());
        Assert.Equal("2024-01-10", json.GetProperty("date").GetString());
        Assert.Equal(10.0, json.GetProperty("value").GetDouble());
        Assert.Equal("price", json.GetProperty("basis").GetString());
        Assert.Equal(e.Link, json.GetProperty("link").GetString());

        Assert.Equal(new DateOnly(2024, 1, 10), (await Rules.FindAsync(rule.Id))!.LastSeenDate);
    }

    [Fact]
    public async Task Check_Repeated_RecordsAndDeliversOnce()
    {
        await Rules.AddAsync(new AlertRuleDraft("TST", "cross:2/3") { WebhookUrl = _hook.Url });
        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);

        var first = await Checker.CheckAsync();
        var second = await Checker.CheckAsync();

        Assert.Single(first.NewEvents);
        Assert.Empty(second.NewEvents);
        Assert.Empty(second.Deliveries);
        Assert.Single(_hook.Requests);
        await using var db = await _store.ContextAsync();
        var delivery = await db.AlertDeliveries.SingleAsync();
        Assert.Equal((AlertDeliveryStatus.Delivered, 1), (delivery.Status, delivery.Attempts));
    }

    [Fact]
    public async Task Webhook_TransientFailures_RetriedWithBackoffUntilDelivered()
    {
        await Rules.AddAsync(new AlertRuleDraft("TST", "cross:2/3") { WebhookUrl = _hook.Url, WebhookSecret = "k" });
        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);
        _hook.AnswerFirst(500, 503);

        var check = await Checker.CheckAsync();

        Assert.True(Assert.Single(check.Deliveries).Delivered);
        var requests = _hook.Requests.ToArray();
        Assert.Equal(3, requests.Length); // 500, 503, then 200
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        Assert.All(requests, r => Assert.Equal(requests[0].Signature, r.Signature));
    }

    [Fact]
    public async Task Webhook_DownForAllRetries_StaysPendingAndTheNextCheckDeliversIt()
    {
        await Rules.AddAsync(new AlertRuleDraft("TST", "cross:2/3") { WebhookUrl = _hook.Url });
        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);
        _hook.AnswerFirst(500, 500, 500, 500); // the first try and 3 retries

        var first = await Checker.CheckAsync();
        var failed = Assert.Single(first.Deliveries);
        Assert.False(failed.Delivered);
        Assert.Contains("500", failed.Error, StringComparison.Ordinal);

        var second = await Checker.CheckAsync();
        Assert.Empty(second.NewEvents);
        Assert.True(Assert.Single(second.Deliveries).Delivered);
        Assert.Equal(5, _hook.Requests.Count);
        await using var db = await _store.ContextAsync();
        var delivery = await db.AlertDeliveries.SingleAsync();
        Assert.Equal((AlertDeliveryStatus.Delivered, 2, null), (delivery.Status, delivery.Attempts, delivery.LastError));
    }

    [Fact]
    public async Task Import_CommittedBars_ListenerChecksAndPosts()
    {
        await Rules.AddAsync(new AlertRuleDraft("TST", "golden:2/3") { WebhookUrl = _hook.Url });
        var folder = Path.Combine(Path.GetTempPath(), "smallcap-alerts-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "TST.csv");
            await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-09,9,9,9,9,9,1000\n2024-01-10,11,11,11,11,11,1000\n");

            var result = await _store.Get<ImportService>().ImportBarsAsync(file, new BarImportOptions { Symbol = "TST" });

            Assert.True(result.Succeeded, result.Error);
            var received = Assert.Single(_hook.Requests);
            Assert.Equal("2024-01-10", received.Json.GetProperty("date").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Email_ToLoopbackSmtp_SubjectBodyAndLink()
    {
        await using var smtp = LoopbackSmtp.Start();
        await using var store = await AlertTestStore.SqliteAsync(o =>
        {
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
            o.Smtp.From = "alerts@test.local";
            o.BaseUrl = "https://dash.test/";
        });
        await store.AddBarsAsync("TST", Days[..6], Closes[..6]);
        await store.Get<AlertRuleStore>().AddAsync(new AlertRuleDraft("TST", "cross:2/3") { Email = "me@test.local" });
        await store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);

        var check = await store.Get<AlertChecker>().CheckAsync();

        var delivery = Assert.Single(check.Deliveries);
        Assert.True(delivery.Delivered, delivery.Error);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("me@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Equal("alerts@test.local", mail.From.Mailboxes.Single().Address);
        Assert.Equal("TST cross:2/3: golden on 2024-01-10", mail.Subject);
        Assert.Contains("https://dash.test/indicators?symbol=TST&ma=2,3&from=2023-07-10&to=2024-01-10&asof=2024-01-10", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_NoSmtpConfigured_DeliveryFailsWithTheSettingNamed()
    {
        await Rules.AddAsync(new AlertRuleDraft("TST", "cross:2/3") { Email = "me@test.local" });
        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);

        var check = await Checker.CheckAsync();

        Assert.Equal("Alerts:Smtp:Host is not set; e-mail alerts need an SMTP server.", Assert.Single(check.Deliveries).Error);
    }

    [Fact]
    public async Task FlowRule_RealOnly_FiresOnRealFlowsOnlyAndSaysSo()
    {
        // Fund days after the last bar: flow rules see fund-day sessions. Modelled −900M on 01-09 is ignored;
        // real −800M on 01-10 fires (below −700M); it is the first real day, so no previous real sum.
        await _store.AddFlowsAsync("TST", Days[..6], [0, 0, 0, 0, 0, 0], modelled: true);
        var rule = await Rules.AddAsync(new AlertRuleDraft("TST", "flow-below:-700m"));
        Assert.Equal(new DateOnly(2024, 1, 8), rule.LastSeenDate);
        await _store.AddFlowsAsync("TST", [Days[6]], [-900e6], modelled: true);
        await _store.AddFlowsAsync("TST", [Days[7]], [-800e6], modelled: false);

        var check = await Checker.CheckAsync();

        var e = Assert.Single(check.NewEvents);
        Assert.Equal((new DateOnly(2024, 1, 10), "flow-below", -800e6, false), (e.Date, e.Kind, e.Value, e.Modelled));
        Assert.Contains("real flows", e.Description, StringComparison.Ordinal);
        Assert.Equal("/flows?funds=TST&from=2023-07-10&to=2024-01-10&asof=2024-01-10&real=1", e.Link);
    }

    [Fact]
    public async Task PausedRule_NotEvaluated()
    {
        var rule = await Rules.AddAsync(new AlertRuleDraft("TST", "cross:2/3"));
        await Rules.SetPausedAsync(rule.Id, true, AlertActor.Cli);
        await _store.AddBarsAsync("TST", Days[6..8], Closes[6..8]);

        var check = await Checker.CheckAsync();

        Assert.Equal(0, check.RulesEvaluated);
        Assert.Empty(check.NewEvents);
    }
}
