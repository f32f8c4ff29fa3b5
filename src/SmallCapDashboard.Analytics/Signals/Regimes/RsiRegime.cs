namespace SmallCapDashboard.Analytics.Signals;

/// <summary>The RSI regime of one session (hysteresis state).</summary>
public enum RsiRegime
{
    /// <summary>No regime yet (warm-up, a missing RSI, or RSI has stayed between the two thresholds since).</summary>
    None,

    /// <summary>Upper half: entered when RSI rose above the upper threshold (55), kept until it falls below the lower (45).</summary>
    Upper,

    /// <summary>Lower half: entered when RSI fell below the lower threshold (45), kept until it rises above the upper (55).</summary>
    Lower,
}
