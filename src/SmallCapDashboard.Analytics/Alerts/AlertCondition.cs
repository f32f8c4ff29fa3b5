using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Analytics.Alerts;

/// <summary>
/// A parsed alert rule text: what to watch (see <see cref="AlertRuleParser"/> for the grammar). Only the properties of its
/// <see cref="Kind"/> are meaningful; the others keep their defaults.
/// </summary>
public sealed record AlertCondition
{
    /// <summary>What the rule watches.</summary>
    public required AlertRuleKind Kind { get; init; }

    /// <summary>The rule in its canonical text form (lower case, defaults left out), e.g. <c>death:10/50</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Fast moving-average length in sessions (crosses).</summary>
    public int Fast { get; init; }

    /// <summary>Slow moving-average length in sessions (crosses).</summary>
    public int Slow { get; init; }

    /// <summary>RSI period (RSI rules and divergences); 14 by default.</summary>
    public int RsiPeriod { get; init; } = 14;

    /// <summary>The threshold: an RSI level (0–100), a spread in percentage points, or a flow in US dollars.</summary>
    public double Level { get; init; }

    /// <summary>Which divergence (divergence rules).</summary>
    public DivergenceType Divergence { get; init; }

    /// <summary>The period of a spread or return-rank rule; YTD by default.</summary>
    public Period Period { get; init; } = Period.Ytd;

    /// <summary>The large symbol a spread is measured against; SPY by default.</summary>
    public string Large { get; init; } = "SPY";

    /// <summary>Return rank: how many years back the return must be the extreme of; 1 by default.</summary>
    public int Years { get; init; } = 1;

    /// <summary>Return rank: true for the best return, false (default) for the worst.</summary>
    public bool Best { get; init; }

    /// <summary>Flows: sessions summed; high-unconfirmed: sessions in which the symbol's own high counts as confirmation. 1 by default.</summary>
    public int Sessions { get; init; } = 1;

    /// <summary>Flows: whether modelled flows may be used (the rule says <c>:modelled</c>); real flows only otherwise.</summary>
    public bool AllowModelled { get; init; }

    /// <summary>True for rules that read fund flows rather than closes.</summary>
    public bool UsesFlows => Kind is AlertRuleKind.FlowBelow or AlertRuleKind.FlowAbove;

    /// <summary>True for rules that compare the symbol with a large symbol (spread rules).</summary>
    public bool UsesLarge => Kind is AlertRuleKind.SpreadBelow or AlertRuleKind.SpreadAbove;

    /// <summary>True for rules that need the reference series (high-unconfirmed).</summary>
    public bool UsesReferences => Kind == AlertRuleKind.HighUnconfirmed;

    /// <inheritdoc />
    public override string ToString() => Text;
}
