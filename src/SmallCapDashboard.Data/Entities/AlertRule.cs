using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Entities;

/// <summary>
/// An alert rule on a symbol or ratio symbol (<c>IWM:SPY</c>): the rule text (Analytics' grammar, canonical form),
/// the basis it is evaluated in, where it is delivered, and the latest session it has already seen.
/// </summary>
public class AlertRule
{
    public int Id { get; set; }

    /// <summary>Display name (defaults to "SYMBOL RULE").</summary>
    public required string Name { get; set; }

    /// <summary>Upper-case symbol or ratio symbol, e.g. <c>IWM</c> or <c>IWM:SPY</c>.</summary>
    public required string Symbol { get; set; }

    /// <summary>Canonical rule text, e.g. <c>death:10/50</c>.</summary>
    public required string Rule { get; set; }

    public PriceBasis Basis { get; set; } = PriceBasis.Price;

    /// <summary>Webhook URL (absolute http or https), or null for none.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>HMAC-SHA256 key for the <c>X-SmallCap-Signature</c> header; null = unsigned.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>E-mail address, or null for none.</summary>
    public string? Email { get; set; }

    /// <summary>The signed-in user who created it on the web (Identity user id); null when made from the CLI.</summary>
    public string? OwnerUserId { get; set; }

    public bool Paused { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// The latest session the rule has been evaluated through; events fire only for later sessions. Set at creation
    /// to the latest stored session of what the rule reads, so a new rule never floods with history.
    /// </summary>
    public DateOnly? LastSeenDate { get; set; }

    public List<AlertEvent> Events { get; set; } = [];
}
