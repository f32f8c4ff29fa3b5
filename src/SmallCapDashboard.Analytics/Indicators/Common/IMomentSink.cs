namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Receives the rolling mean and M2 of one window from <see cref="SlidingMoments"/>. Implemented by structs so the
/// generic call is specialised and inlined into the sliding loop (no virtual call, no extra pass).
/// </summary>
internal interface IMomentSink
{
    /// <summary>The window ending at <paramref name="index"/> has this mean and sum of squared deviations.</summary>
    void Write(int index, double mean, double m2);
}
