namespace SmallCapDashboard.Data.Entities;

/// <summary>Where an alert event goes (besides /alerts and the Atom feed, which read the events themselves).</summary>
public enum AlertChannel
{
    Webhook = 0,
    Email = 1,
}

/// <summary>State of one delivery.</summary>
public enum AlertDeliveryStatus
{
    /// <summary>Not sent yet, or a failed attempt that will be retried on the next check.</summary>
    Pending = 0,

    /// <summary>Claimed by one process, which is sending it now.</summary>
    Sending = 1,

    Delivered = 2,

    /// <summary>Given up after the maximum number of attempts.</summary>
    Failed = 3,
}

/// <summary>One event on one channel: unique per (event, channel), claimed by exactly one process before it is sent.</summary>
public class AlertDelivery
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public AlertEvent? Event { get; set; }

    public AlertChannel Channel { get; set; }

    /// <summary>The URL or address it goes to (as the rule said when the event fired).</summary>
    public required string Target { get; set; }

    public AlertDeliveryStatus Status { get; set; }

    /// <summary>Checks that tried to send it (each with the HTTP client's own retries).</summary>
    public int Attempts { get; set; }

    public DateTime? ClaimedUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public string? LastError { get; set; }
}
