using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// Sends pending deliveries. Each is first claimed with one conditional UPDATE (pending → sending, or a sending claim
/// older than <see cref="AlertsOptions.ClaimTimeout"/>); only the process whose update changed the row sends it, so
/// several instances and overlapping checks deliver each event once per channel. A failed send goes back to pending
/// (tried again by the next check) until <see cref="AlertsOptions.MaxAttempts"/>, then it is marked failed.
/// </summary>
public sealed class AlertDispatcher(
    IDbContextFactory<MarketDbContext> factory,
    WebhookSender webhooks,
    EmailSender emails,
    IOptions<AlertsOptions> options,
    TimeProvider? time = null,
    ILogger<AlertDispatcher>? logger = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<AlertDispatcher>.Instance;

    /// <summary>Claims and sends every deliverable delivery; returns what this process attempted.</summary>
    public async Task<IReadOnlyList<AlertDeliveryOutcome>> DispatchPendingAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var stale = _time.GetUtcNow().UtcDateTime - o.ClaimTimeout;
        List<long> ids;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            ids = await db.AlertDeliveries.AsNoTracking()
                .Where(d => d.Status == AlertDeliveryStatus.Pending || (d.Status == AlertDeliveryStatus.Sending && d.ClaimedUtc < stale))
                .OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        }

        var outcomes = new List<AlertDeliveryOutcome>();
        foreach (var id in ids)
        {
            if (await DeliverAsync(id, stale, o, ct) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    /// <summary>
    /// Sends a sample message (<c>"test": true</c>, event <c>test</c>, dated the rule's last seen session) to every
    /// channel of rule <paramref name="ruleId"/>, recording nothing. Null when the rule does not exist.
    /// </summary>
    public async Task<IReadOnlyList<AlertDeliveryOutcome>?> SendTestAsync(int ruleId, CancellationToken ct = default)
    {
        AlertRule? rule;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            rule = await db.AlertRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, ct);
        }

        if (rule is null)
        {
            return null;
        }

        var date = rule.LastSeenDate ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var link = AlertLinks.For(rule.Symbol, Analytics.Alerts.AlertRuleParser.Parse(rule.Rule), rule.Basis, date);
        var sample = new AlertEvent
        {
            Date = date, Kind = "test", Basis = rule.Basis, Link = link, Description = $"A test of rule {rule.Id} ({rule.Symbol} {rule.Rule}); nothing fired.",
        };
        var message = AlertMessage.From(sample, rule, options.Value.BaseUrl) with { Test = true };
        var outcomes = new List<AlertDeliveryOutcome>();
        if (rule.WebhookUrl is { } url)
        {
            outcomes.Add(await TryAsync(0, "webhook", url, () => webhooks.SendAsync(url, message, rule.WebhookSecret, ct)));
        }

        if (rule.Email is { } email)
        {
            outcomes.Add(await TryAsync(0, "email", email, () => emails.SendAsync(email, message, ct)));
        }

        return outcomes;
    }

    private static async Task<AlertDeliveryOutcome> TryAsync(long eventId, string channel, string target, Func<Task> send)
    {
        try
        {
            await send();
            return new AlertDeliveryOutcome(eventId, channel, target, true, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new AlertDeliveryOutcome(eventId, channel, target, false, e.Message);
        }
    }

    private async Task<AlertDeliveryOutcome?> DeliverAsync(long id, DateTime stale, AlertsOptions o, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = _time.GetUtcNow().UtcDateTime;
        var claimed = await db.AlertDeliveries
            .Where(d => d.Id == id && (d.Status == AlertDeliveryStatus.Pending || (d.Status == AlertDeliveryStatus.Sending && d.ClaimedUtc < stale)))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, AlertDeliveryStatus.Sending)
                .SetProperty(d => d.ClaimedUtc, now)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1), ct);
        if (claimed != 1)
        {
            return null; // another process has it
        }

        var delivery = await db.AlertDeliveries.Include(d => d.Event).ThenInclude(e => e!.Rule).SingleAsync(d => d.Id == id, ct);
        var message = AlertMessage.From(delivery.Event!, delivery.Event!.Rule!, o.BaseUrl);
        string? error = null;
        try
        {
            if (delivery.Channel == AlertChannel.Webhook)
            {
                await webhooks.SendAsync(delivery.Target, message, delivery.Event.Rule!.WebhookSecret, ct);
            }
            else
            {
                await emails.SendAsync(delivery.Target, message, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            _logger.LogWarning("Alert delivery {Id} ({Channel} to {Target}) failed: {Message}", id, delivery.Channel, delivery.Target, error);
        }

        delivery.LastError = error;
        delivery.Status = error is null ? AlertDeliveryStatus.Delivered
            : delivery.Attempts >= o.MaxAttempts ? AlertDeliveryStatus.Failed
            : AlertDeliveryStatus.Pending;
        delivery.DeliveredUtc = error is null ? _time.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(CancellationToken.None);
        return new AlertDeliveryOutcome(delivery.EventId, delivery.Channel == AlertChannel.Webhook ? "webhook" : "email", delivery.Target, error is null, error);
    }
}
