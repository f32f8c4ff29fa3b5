namespace SmallCapDashboard.Analytics.Signals;

/// <summary>A signal on a session: what fired and when (the close of that session is the entry price).</summary>
/// <param name="Date">Session date of the signal; must be one of the series' dates.</param>
/// <param name="Kind">Signal type.</param>
public readonly record struct SignalPoint(DateOnly Date, SignalKind Kind)
{
    /// <summary>+1 when the kind expects a rise (golden, upper regime, bullish), −1 when it expects a fall.</summary>
    public int ExpectedDirection => Kind is SignalKind.GoldenCross or SignalKind.UpperRegime or SignalKind.BullishDivergence ? 1 : -1;
}
