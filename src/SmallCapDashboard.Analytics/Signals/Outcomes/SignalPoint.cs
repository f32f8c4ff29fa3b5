namespace SmallCapDashboard.Analytics.Signals;

/// <summary>A signal on a session: what fired and when (the close of that session is the entry price).</summary>
/// <param name="Date">Session date of the signal; must be one of the series' dates.</param>
/// <param name="Kind">Signal type.</param>
/// <param name="Label">Optional variant, e.g. the moving-average pair <c>"50/200"</c>: hit rates are kept apart per
/// (kind, label), so 10/50 and 50/200 golden crosses are not mixed. Null = no variant.</param>
public readonly record struct SignalPoint(DateOnly Date, SignalKind Kind, string? Label = null)
{
    /// <summary>+1 when the kind expects a rise (golden, upper regime, bullish), −1 when it expects a fall.</summary>
    public int ExpectedDirection => Kind is SignalKind.GoldenCross or SignalKind.UpperRegime or SignalKind.BullishDivergence ? 1 : -1;
}
