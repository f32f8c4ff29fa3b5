namespace SmallCapDashboard.Analytics.Alerts;

/// <summary>What an alert rule watches. The rule text grammar is in <see cref="AlertRuleParser"/>.</summary>
public enum AlertRuleKind
{
    /// <summary><c>cross:F/S</c>: the SMA(F) crosses the SMA(S) either way.</summary>
    Cross,

    /// <summary><c>golden:F/S</c>: the SMA(F) crosses above the SMA(S).</summary>
    Golden,

    /// <summary><c>death:F/S</c>: the SMA(F) crosses below the SMA(S).</summary>
    Death,

    /// <summary><c>rsi-regime[:N]</c>: the RSI(N) regime switches between upper and lower (55/45 hysteresis).</summary>
    RsiRegime,

    /// <summary><c>rsi-above:L[:N]</c>: the RSI(N) crosses above the level L.</summary>
    RsiAbove,

    /// <summary><c>rsi-below:L[:N]</c>: the RSI(N) crosses below the level L.</summary>
    RsiBelow,

    /// <summary><c>divergence:bearish|bullish</c>: a price–RSI(14) divergence is confirmed.</summary>
    Divergence,

    /// <summary><c>new-high</c>: a close at a 52-week high.</summary>
    NewHigh,

    /// <summary><c>new-low</c>: a close at a 52-week low.</summary>
    NewLow,

    /// <summary><c>high-unconfirmed[:N]</c>: every reference closes at a 52-week high but the symbol has not in its last N sessions.</summary>
    HighUnconfirmed,

    /// <summary><c>spread-below:PP[:PERIOD[:LARGE]]</c>: the period spread against a large symbol crosses below PP.</summary>
    SpreadBelow,

    /// <summary><c>spread-above:PP[:PERIOD[:LARGE]]</c>: the period spread against a large symbol crosses above PP.</summary>
    SpreadAbove,

    /// <summary><c>return-rank:PERIOD[:Ny][:worst|best]</c>: the period return is the worst (or best) in N years.</summary>
    ReturnRank,

    /// <summary><c>flow-below:USD[:SESSIONS][:modelled]</c>: the net flow summed over the last sessions falls below USD.</summary>
    FlowBelow,

    /// <summary><c>flow-above:USD[:SESSIONS][:modelled]</c>: the net flow summed over the last sessions rises above USD.</summary>
    FlowAbove,
}
