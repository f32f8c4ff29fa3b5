namespace SmallCapDashboard.Analytics.Signals;

/// <summary>Kind of price–RSI divergence.</summary>
public enum DivergenceType
{
    /// <summary>Price makes a higher swing high while RSI makes a lower one (momentum fading on the way up).</summary>
    Bearish,

    /// <summary>Price makes a lower swing low while RSI makes a higher one (momentum fading on the way down).</summary>
    Bullish,
}
