using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Entities;

/// <summary>One firing of a rule: unique per (rule, date, kind), so a re-check or a second instance never records it twice.</summary>
public class AlertEvent
{
    public long Id { get; set; }

    public int RuleId { get; set; }

    public AlertRule? Rule { get; set; }

    /// <summary>The session the event happened on.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Machine-readable kind (<c>golden</c>, <c>death</c>, <c>rsi-upper</c>, <c>new-low</c>, <c>flow-below</c>, …).</summary>
    public required string Kind { get; set; }

    /// <summary>The number the event is about (unit per kind: see the Analytics evaluator).</summary>
    public double Value { get; set; }

    public PriceBasis Basis { get; set; }

    /// <summary>One line in words.</summary>
    public required string Description { get; set; }

    /// <summary>Flow events: the sum includes modelled flows.</summary>
    public bool Modelled { get; set; }

    /// <summary>Frozen link (path and query, pinned from, to and asof) to the view that shows the event.</summary>
    public required string Link { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<AlertDelivery> Deliveries { get; set; } = [];
}
