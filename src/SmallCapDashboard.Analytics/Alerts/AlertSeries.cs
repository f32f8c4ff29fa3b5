using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Alerts;

/// <summary>
/// What a rule is evaluated on: the symbol's closes in the rule's basis (for a ratio symbol the raw ratio
/// small/large), plus, for the rules that need them, the fund flows, the large symbol and the reference series.
/// </summary>
/// <param name="Dates">Ascending session dates of the closes.</param>
/// <param name="Closes">Closes aligned with <paramref name="Dates"/> (finite, &gt; 0).</param>
public sealed record AlertSeries(DateOnly[] Dates, double[] Closes)
{
    /// <summary>The fund's flows (flow rules); null when the symbol has none.</summary>
    public AlertFlows? Flows { get; init; }

    /// <summary>The large symbol's closes in the same basis (spread rules).</summary>
    public DatedSeries? Large { get; init; }

    /// <summary>The reference series whose new highs the symbol should confirm (high-unconfirmed), the symbol itself excluded.</summary>
    public IReadOnlyList<NamedSeries>? References { get; init; }
}

/// <summary>A fund's daily net flows on its own fund-day dates.</summary>
/// <param name="Dates">Ascending fund-day dates.</param>
/// <param name="NetFlow">Net flow in US dollars per day; null = not reported (never 0).</param>
/// <param name="Modelled">Whether each day's flow comes from the demo model rather than an issuer.</param>
public sealed record AlertFlows(DateOnly[] Dates, double?[] NetFlow, bool[] Modelled);

/// <summary>One dated event a rule fired.</summary>
/// <param name="Date">The session the event happened on (known at that session's close).</param>
/// <param name="Kind">Machine-readable kind, e.g. <c>golden</c>, <c>death</c>, <c>rsi-upper</c>, <c>new-low</c>, <c>flow-below</c>.</param>
/// <param name="Value">The number the event is about (see <see cref="AlertEvaluator"/> for its unit per kind).</param>
/// <param name="Description">One line in words, e.g. "SMA 10 crossed below SMA 50".</param>
/// <param name="Modelled">Flow events: true when the sum includes modelled flows; false otherwise.</param>
public sealed record AlertOccurrence(DateOnly Date, string Kind, double Value, string Description, bool Modelled = false);
