using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// Evaluates every active rule and delivers what is new: the work of <c>smallcap alerts check</c> and of the
/// data-change listener after each import, seed and sync. For each rule it records the events dated after the rule's
/// last seen session and one delivery per channel, and moves the last seen session to the latest stored one, all in
/// one transaction. Exactly once across repeated checks and several instances: the event key (rule, date, kind) and
/// the delivery key (event, channel) are unique, PostgreSQL serialises a rule's recording with a transaction-scoped
/// advisory lock (SQLite serialises writers itself; a lost race is retried), and each delivery is claimed by a
/// conditional update before it is sent (<see cref="AlertDispatcher"/>).
/// </summary>
public sealed class AlertChecker(
    IDbContextFactory<MarketDbContext> factory,
    BarReader bars,
    FundDayReader fundDays,
    InstrumentCatalog catalog,
    AlertDispatcher dispatcher,
    TimeProvider? time = null,
    ILogger<AlertChecker>? logger = null)
{
    /// <summary>First key of the advisory locks (the second is the rule id).</summary>
    internal const int AdvisoryLockClass = 0x5CA1E7;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<AlertChecker>.Instance;

    /// <summary>Evaluates all unpaused rules, records new events, and delivers every pending delivery.</summary>
    public async Task<AlertCheckResult> CheckAsync(CancellationToken ct = default)
    {
        var total = Stopwatch.StartNew();
        List<AlertRule> rules;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            rules = await db.AlertRules.AsNoTracking().Where(r => !r.Paused).OrderBy(r => r.Id).ToListAsync(ct);
        }

        var source = new AlertSeriesSource(bars, fundDays, catalog);
        var recorded = new List<AlertEventInfo>();
        var problems = new List<string>();
        foreach (var rule in rules)
        {
            try
            {
                recorded.AddRange(await EvaluateAsync(rule, source, ct));
            }
            catch (Exception e) when (e is AlertInputException or AlertRuleFormatException or ArgumentException)
            {
                problems.Add($"rule {rule.Id} ({rule.Symbol} {rule.Rule}): {e.Message}");
                _logger.LogWarning("Alert rule {Id} ({Symbol} {Rule}) not evaluated: {Message}", rule.Id, rule.Symbol, rule.Rule, e.Message);
            }
        }

        var evaluation = total.Elapsed;
        var deliveries = await dispatcher.DispatchPendingAsync(ct);
        return new AlertCheckResult(rules.Count, recorded, deliveries, problems, evaluation, total.Elapsed);
    }

    private async Task<IReadOnlyList<AlertEventInfo>> EvaluateAsync(AlertRule rule, AlertSeriesSource source, CancellationToken ct)
    {
        var condition = AlertRuleParser.Parse(rule.Rule);
        if (rule.LastSeenDate is { } known && !condition.UsesFlows && await source.LastBarBoundAsync(rule.Symbol, ct) is { } bound && bound <= known)
        {
            return []; // nothing stored after the last seen session: no series to read
        }

        var latest = await source.LatestSessionAsync(rule.Symbol, condition, rule.Basis, ct);
        if (latest is null || (rule.LastSeenDate is { } seen && latest <= seen))
        {
            return [];
        }

        // A rule that has seen nothing yet (made on an empty store) starts at the latest session: no flood.
        var fired = rule.LastSeenDate is { } after
            ? AlertEvaluator.Evaluate(condition, await source.ReadAsync(rule.Symbol, condition, rule.Basis, ct), after)
            : [];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordAsync(rule, condition, fired, latest.Value, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another process recorded the same event between our read and our insert: read again and skip it.
            }
        }
    }

    private async Task<IReadOnlyList<AlertEventInfo>> RecordAsync(
        AlertRule rule, AlertCondition condition, IReadOnlyList<AlertOccurrence> fired, DateOnly latest, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db is PostgresMarketDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0}, {1})", [AdvisoryLockClass, rule.Id], ct);
        }

        var current = await db.AlertRules.SingleOrDefaultAsync(r => r.Id == rule.Id, ct);
        if (current is null || current.Paused)
        {
            return [];
        }

        var after = current.LastSeenDate;
        var existing = (await db.AlertEvents.Where(e => e.RuleId == rule.Id && (after == null || e.Date > after))
            .Select(e => new { e.Date, e.Kind }).ToListAsync(ct))
            .Select(e => (e.Date, e.Kind)).ToHashSet();
        var now = _time.GetUtcNow().UtcDateTime;
        var added = new List<AlertEvent>();
        foreach (var f in fired)
        {
            if ((after is { } a && f.Date <= a) || !existing.Add((f.Date, f.Kind)))
            {
                continue;
            }

            var e = new AlertEvent
            {
                RuleId = rule.Id,
                Date = f.Date,
                Kind = f.Kind,
                Value = f.Value,
                Basis = rule.Basis,
                Description = f.Description.Length > 500 ? f.Description[..500] : f.Description,
                Modelled = f.Modelled,
                Link = AlertLinks.For(rule.Symbol, condition, rule.Basis, f.Date),
                CreatedUtc = now,
            };
            if (current.WebhookUrl is { } url)
            {
                e.Deliveries.Add(new AlertDelivery { Channel = AlertChannel.Webhook, Target = url });
            }

            if (current.Email is { } email)
            {
                e.Deliveries.Add(new AlertDelivery { Channel = AlertChannel.Email, Target = email });
            }

            db.AlertEvents.Add(e);
            added.Add(e);
        }

        if (current.LastSeenDate is null || current.LastSeenDate < latest)
        {
            current.LastSeenDate = latest;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return added.Select(e => new AlertEventInfo(
            e.Id, rule.Id, current.Name, current.Symbol, current.Rule, e.Date, e.Kind, e.Value, e.Basis, e.Description, e.Modelled, e.Link, e.CreatedUtc)).ToList();
    }
}
