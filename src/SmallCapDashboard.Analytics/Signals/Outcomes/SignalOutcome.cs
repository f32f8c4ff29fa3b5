namespace SmallCapDashboard.Analytics.Signals;

/// <summary>What followed one signal: forward returns as fractions (0.05 = +5 %), null when the data ends too soon.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Index">Index of the signal date in the series.</param>
/// <param name="Close">Close on the signal date (the entry).</param>
/// <param name="Return1M">Return to the last close on or before date + 1 month.</param>
/// <param name="Return3M">Return to the last close on or before date + 3 months.</param>
/// <param name="Return6M">Return to the last close on or before date + 6 months.</param>
public sealed record SignalOutcome(SignalPoint Signal, int Index, double Close, double? Return1M, double? Return3M, double? Return6M)
{
    /// <summary>The forward return for <paramref name="horizon"/>.</summary>
    /// <param name="horizon">1, 3 or 6 months.</param>
    /// <returns>The fraction, or null when the horizon is beyond the data.</returns>
    public double? ReturnFor(ForwardHorizon horizon) => horizon switch
    {
        ForwardHorizon.OneMonth => Return1M,
        ForwardHorizon.ThreeMonths => Return3M,
        ForwardHorizon.SixMonths => Return6M,
        _ => throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "Unknown horizon."),
    };
}
