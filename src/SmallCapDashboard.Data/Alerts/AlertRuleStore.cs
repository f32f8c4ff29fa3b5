using Microsoft.EntityFrameworkCore;
using MimeKit;
using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// Alert rules and events: add, list, pause, remove, recent events and the history preview. The one implementation
/// behind <c>smallcap alerts</c> and /alerts. Changes take an <see cref="AlertActor"/>: the CLI may change every rule,
/// a web user only the rules they own (rules made from the CLI have no owner and are managed from the CLI).
/// </summary>
public sealed class AlertRuleStore(
    IDbContextFactory<MarketDbContext> factory, BarReader bars, FundDayReader fundDays, InstrumentCatalog catalog, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Validates and stores a rule; its last seen session is the latest stored session of what it reads, so it fires
    /// only for sessions imported later. Throws <see cref="AlertInputException"/> (one line) on anything wrong.
    /// </summary>
    public async Task<AlertRuleInfo> AddAsync(AlertRuleDraft draft, string? ownerUserId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (symbol, condition, source) = await ValidateAsync(draft.Symbol, draft.Rule, draft.Basis, ct);
        var webhook = Webhook(draft.WebhookUrl);
        var email = Email(draft.Email);
        var name = string.IsNullOrWhiteSpace(draft.Name) ? $"{symbol} {condition.Text}" : draft.Name.Trim();
        if (name.Length > 200)
        {
            throw new AlertInputException("--name: longer than 200 characters.");
        }

        var secret = string.IsNullOrWhiteSpace(draft.WebhookSecret) ? null : draft.WebhookSecret.Trim();
        if (secret is not null && webhook is null)
        {
            throw new AlertInputException("secret: a webhook secret needs a webhook URL.");
        }

        var rule = new AlertRule
        {
            Name = name,
            Symbol = symbol,
            Rule = condition.Text,
            Basis = draft.Basis,
            WebhookUrl = webhook,
            WebhookSecret = secret,
            Email = email,
            OwnerUserId = ownerUserId,
            CreatedUtc = _time.GetUtcNow().UtcDateTime,
            LastSeenDate = await source.LatestSessionAsync(symbol, condition, draft.Basis, ct),
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return Info(rule);
    }

    /// <summary>Every rule, oldest first; only those of <paramref name="ownerUserId"/> when given.</summary>
    public async Task<IReadOnlyList<AlertRuleInfo>> ListAsync(string? ownerUserId = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.AlertRules.AsNoTracking();
        if (ownerUserId is not null)
        {
            query = query.Where(r => r.OwnerUserId == ownerUserId);
        }

        var rules = await query.OrderBy(r => r.Id).ToListAsync(ct);
        return rules.Select(Info).ToList();
    }

    /// <summary>One rule, or null.</summary>
    public async Task<AlertRuleInfo?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rule = await db.AlertRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return rule is null ? null : Info(rule);
    }

    /// <summary>Deletes a rule with its events and deliveries.</summary>
    public Task<AlertChangeResult> RemoveAsync(int id, AlertActor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, (db, rule) => db.AlertRules.Remove(rule), ct);

    /// <summary>Pauses (no evaluation) or resumes a rule. Events of sessions that came in while paused fire on resume (the rule never saw them).</summary>
    public Task<AlertChangeResult> SetPausedAsync(int id, bool paused, AlertActor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, (_, rule) => rule.Paused = paused, ct);

    /// <summary>The latest events, newest first (by session date, then id).</summary>
    public async Task<IReadOnlyList<AlertEventInfo>> RecentEventsAsync(int count = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AlertEvents.AsNoTracking()
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Take(count)
            .Select(e => new AlertEventInfo(
                e.Id, e.RuleId, e.Rule!.Name, e.Rule.Symbol, e.Rule.Rule, e.Date, e.Kind, e.Value, e.Basis, e.Description, e.Modelled, e.Link, e.CreatedUtc))
            .ToListAsync(ct);
    }

    /// <summary>
    /// What the rule would have done over the stored history: how often it fired, when last, and the 1M/3M/6M forward
    /// returns of the symbol (rule's basis) after each firing (Analytics' signal-outcome convention).
    /// </summary>
    public async Task<AlertPreview> PreviewAsync(string symbol, string rule, PriceBasis basis, int recent = 10, CancellationToken ct = default)
    {
        var (key, condition, source) = await ValidateAsync(symbol, rule, basis, ct);
        var series = await source.ReadAsync(key, condition, basis, ct);
        var events = AlertEvaluator.Evaluate(condition, series);
        var previews = new List<AlertPreviewEvent>(events.Count);
        foreach (var e in events)
        {
            var i = DateSearch.IndexOnOrBefore(series.Dates, e.Date);
            double? r1 = null, r3 = null, r6 = null;
            if (i >= 0)
            {
                r1 = SignalOutcomes.ForwardReturn(series.Dates, series.Closes, i, 1);
                r3 = SignalOutcomes.ForwardReturn(series.Dates, series.Closes, i, 3);
                r6 = SignalOutcomes.ForwardReturn(series.Dates, series.Closes, i, 6);
            }

            previews.Add(new AlertPreviewEvent(e.Date, e.Kind, e.Value, e.Description, r1, r3, r6));
        }

        return new AlertPreview(
            key, condition.Text, basis, events.Count, events.Count > 0 ? events[^1].Date : null,
            previews.TakeLast(recent).Reverse().ToList(),
            Mean(previews.Select(p => p.Return1M)), Mean(previews.Select(p => p.Return3M)), Mean(previews.Select(p => p.Return6M)));
    }

    /// <summary>Normalises the symbol and parses the rule, checking both against the store.</summary>
    internal async Task<(string Symbol, AlertCondition Condition, AlertSeriesSource Source)> ValidateAsync(
        string? symbol, string? rule, PriceBasis basis, CancellationToken ct)
    {
        var key = (symbol ?? "").Trim().ToUpperInvariant();
        if (key.Length == 0)
        {
            throw new AlertInputException("symbol: required (e.g. IWM or IWM:SPY).");
        }

        AlertCondition condition;
        try
        {
            condition = AlertRuleParser.Parse(rule);
        }
        catch (AlertRuleFormatException e)
        {
            throw new AlertInputException(e.Message);
        }

        var source = new AlertSeriesSource(bars, fundDays, catalog);
        var parts = key.Split(':');
        if (parts.Length > 2 || parts.Any(p => p.Length == 0))
        {
            throw new AlertInputException($"symbol '{key}': neither a symbol nor a ratio of two (e.g. IWM:SPY).");
        }

        foreach (var part in parts)
        {
            if (await source.ClosesAsync(part, basis, ct) is null)
            {
                var known = (await catalog.ListAsync(ct)).Select(i => i.Symbol).ToList();
                throw new AlertInputException(
                    $"symbol '{part}': no daily bars stored ({(known.Count == 0 ? "the database is empty; run 'smallcap seed'" : "known: " + string.Join(", ", known))}).");
            }
        }

        var ratio = parts.Length == 2;
        if (ratio && (condition.UsesFlows || condition.UsesLarge || condition.UsesReferences))
        {
            throw new AlertInputException($"rule '{condition.Text}': needs a plain symbol, not the ratio symbol {key}.");
        }

        if (condition.UsesFlows && await source.LatestSessionAsync(key, condition, basis, ct) is null)
        {
            throw new AlertInputException($"rule '{condition.Text}': {key} has no fund flows stored.");
        }

        if (condition.UsesLarge)
        {
            if (condition.Large == key)
            {
                throw new AlertInputException($"rule '{condition.Text}': the spread of {key} against itself is always 0.");
            }

            if (await source.ClosesAsync(condition.Large, basis, ct) is null)
            {
                throw new AlertInputException($"rule '{condition.Text}': the large symbol {condition.Large} has no daily bars stored.");
            }
        }

        if (condition.UsesReferences && (await source.ReferencesAsync(key, ct)).Count == 0)
        {
            throw new AlertInputException($"rule '{condition.Text}': the catalogue has no large-cap fund or index to compare {key} with.");
        }

        return (key, condition, source);
    }

    private async Task<AlertChangeResult> ChangeAsync(int id, AlertActor actor, Action<MarketDbContext, AlertRule> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rule = await db.AlertRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return AlertChangeResult.NotFound;
        }

        if (!actor.May(rule.OwnerUserId))
        {
            return AlertChangeResult.Forbidden;
        }

        change(db, rule);
        await db.SaveChangesAsync(ct);
        return AlertChangeResult.Done;
    }

    private static string? Webhook(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || text.Length > 2048)
        {
            throw new AlertInputException($"webhook: '{text}' is not an absolute http or https URL.");
        }

        return uri.ToString();
    }

    private static string? Email(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var text = address.Trim();
        if (!MailboxAddress.TryParse(text, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal) || text.Length > 320)
        {
            throw new AlertInputException($"email: '{text}' is not an e-mail address.");
        }

        return text;
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var list = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return list.Count == 0 ? null : list.Average();
    }

    internal static AlertRuleInfo Info(AlertRule r) => new(
        r.Id, r.Name, r.Symbol, r.Rule, r.Basis, r.WebhookUrl, r.WebhookSecret is not null, r.Email, r.OwnerUserId, r.Paused, r.CreatedUtc, r.LastSeenDate);
}
