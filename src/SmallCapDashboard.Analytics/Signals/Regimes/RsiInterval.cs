namespace SmallCapDashboard.Analytics.Signals;

/// <summary>A run of consecutive sessions in one RSI zone, both ends inclusive.</summary>
/// <param name="Zone">Which regime or band.</param>
/// <param name="Start">First session in the zone (for a regime: the day it switched).</param>
/// <param name="End">Last session in the zone.</param>
/// <param name="StartIndex">Index of <paramref name="Start"/> in the input arrays.</param>
/// <param name="EndIndex">Index of <paramref name="End"/> in the input arrays.</param>
/// <param name="IsOpen">True when the run reaches the last session of the data: it may still continue.</param>
public readonly record struct RsiInterval(RsiZone Zone, DateOnly Start, DateOnly End, int StartIndex, int EndIndex, bool IsOpen)
{
    /// <summary>Number of sessions in the interval.</summary>
    public int Sessions => EndIndex - StartIndex + 1;
}
