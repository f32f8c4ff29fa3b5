namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// Signal types whose aftermath is measured. Each has an expected direction: golden cross, upper regime and
/// bullish divergence expect a rise (hit = forward return &gt; 0); death cross, lower regime and bearish
/// divergence expect a fall (hit = forward return &lt; 0). A return of exactly 0 is never a hit.
/// </summary>
public enum SignalKind
{
    /// <summary>Golden moving-average cross (expects a rise).</summary>
    GoldenCross,

    /// <summary>Death moving-average cross (expects a fall).</summary>
    DeathCross,

    /// <summary>Start of an upper RSI regime (expects a rise).</summary>
    UpperRegime,

    /// <summary>Start of a lower RSI regime (expects a fall).</summary>
    LowerRegime,

    /// <summary>Confirmed bullish divergence (expects a rise).</summary>
    BullishDivergence,

    /// <summary>Confirmed bearish divergence (expects a fall).</summary>
    BearishDivergence,
}
