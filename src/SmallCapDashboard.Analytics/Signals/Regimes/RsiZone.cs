namespace SmallCapDashboard.Analytics.Signals;

/// <summary>What an <see cref="RsiInterval"/> marks.</summary>
public enum RsiZone
{
    /// <summary>An upper-regime interval.</summary>
    UpperRegime,

    /// <summary>A lower-regime interval.</summary>
    LowerRegime,

    /// <summary>A run of sessions with RSI at or above the overbought band (70).</summary>
    Overbought,

    /// <summary>A run of sessions with RSI at or below the oversold band (30).</summary>
    Oversold,
}
