namespace SmallCapDashboard.Analytics.Signals;

/// <summary>How often one signal type was followed by a move in its expected direction over one horizon.</summary>
/// <param name="Kind">Signal type.</param>
/// <param name="Horizon">Forward horizon.</param>
/// <param name="Signals">Signals of this type in the history.</param>
/// <param name="Evaluated">Signals whose horizon lies inside the data (forward return not null).</param>
/// <param name="Hits">Evaluated signals whose forward return had the expected sign (&gt; 0 for golden/upper/bullish, &lt; 0 for death/lower/bearish).</param>
/// <param name="Rate">Hits / Evaluated as a fraction; null when nothing could be evaluated.</param>
/// <param name="MeanReturn">Mean forward return (fraction) of the evaluated signals; null when none.</param>
/// <param name="Label">The signals' <see cref="SignalPoint.Label"/> (e.g. <c>"50/200"</c>), or null.</param>
public sealed record SignalHitRate(
    SignalKind Kind, ForwardHorizon Horizon, int Signals, int Evaluated, int Hits, double? Rate, double? MeanReturn, string? Label = null);
