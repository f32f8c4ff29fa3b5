namespace SmallCapDashboard.Analytics.Signals;

/// <summary>A moving-average cross on one session.</summary>
/// <param name="Date">Session on which the sign of fast − slow turned (the cross is known at that close).</param>
/// <param name="Index">Index of that session in the input arrays.</param>
/// <param name="Type">Golden (fast now above) or death (fast now below).</param>
/// <param name="Fast">Fast average on that session, in the units of the averaged series.</param>
/// <param name="Slow">Slow average on that session.</param>
public readonly record struct CrossEvent(DateOnly Date, int Index, CrossType Type, double Fast, double Slow);
