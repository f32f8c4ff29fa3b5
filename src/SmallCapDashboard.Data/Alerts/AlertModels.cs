using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>A rule as the user writes it (CLI options or the /alerts form).</summary>
public sealed record AlertRuleDraft(string Symbol, string Rule)
{
    public PriceBasis Basis { get; init; } = PriceBasis.Price;

    public string? Name { get; init; }

    public string? WebhookUrl { get; init; }

    public string? WebhookSecret { get; init; }

    public string? Email { get; init; }
}

/// <summary>Who asks to change a rule: the CLI (an operator on the machine: any rule) or a signed-in web user (their own rules).</summary>
public sealed record AlertActor(string? UserId)
{
    /// <summary>The command line: may manage every rule.</summary>
    public static AlertActor Cli { get; } = new((string?)null);

    /// <summary>A signed-in user (Identity user id).</summary>
    public static AlertActor User(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new AlertActor(userId);
    }

    internal bool May(string? owner) => UserId is null || string.Equals(owner, UserId, StringComparison.Ordinal);
}

/// <summary>Outcome of a change to a rule.</summary>
public enum AlertChangeResult
{
    Done,
    NotFound,

    /// <summary>The rule belongs to another user (or was made from the CLI).</summary>
    Forbidden,
}

/// <summary>A stored rule (the secret itself is never handed out).</summary>
public sealed record AlertRuleInfo(
    int Id,
    string Name,
    string Symbol,
    string Rule,
    PriceBasis Basis,
    string? WebhookUrl,
    bool Signed,
    string? Email,
    string? OwnerUserId,
    bool Paused,
    DateTime CreatedUtc,
    DateOnly? LastSeenDate);

/// <summary>A recorded event with its rule.</summary>
public sealed record AlertEventInfo(
    long Id,
    int RuleId,
    string RuleName,
    string Symbol,
    string Rule,
    DateOnly Date,
    string Kind,
    double Value,
    PriceBasis Basis,
    string Description,
    bool Modelled,
    string Link,
    DateTime CreatedUtc);

/// <summary>One delivery attempt made by a check.</summary>
public sealed record AlertDeliveryOutcome(long EventId, string Channel, string Target, bool Delivered, string? Error);

/// <summary>What one check did: the events it recorded and the deliveries it attempted.</summary>
public sealed record AlertCheckResult(
    int RulesEvaluated,
    IReadOnlyList<AlertEventInfo> NewEvents,
    IReadOnlyList<AlertDeliveryOutcome> Deliveries,
    IReadOnlyList<string> Problems,
    TimeSpan EvaluationTime,
    TimeSpan Elapsed);

/// <summary>"This rule would have fired N times in the history, last on DATE", with what followed each firing.</summary>
public sealed record AlertPreview(
    string Symbol,
    string Rule,
    PriceBasis Basis,
    int Count,
    DateOnly? Last,
    IReadOnlyList<AlertPreviewEvent> Recent,
    double? Mean1M,
    double? Mean3M,
    double? Mean6M);

/// <summary>One past firing and the 1M/3M/6M forward returns (fractions, in the rule's basis) after it.</summary>
public sealed record AlertPreviewEvent(DateOnly Date, string Kind, double Value, string Description, double? Return1M, double? Return3M, double? Return6M);
