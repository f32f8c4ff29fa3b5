namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Bollinger Bands, three arrays aligned with the input, in the units of the input (NaN during warm-up, never 0).
/// </summary>
/// <param name="Upper">Middle + k · population standard deviation of the window.</param>
/// <param name="Middle">SMA(period) of the input.</param>
/// <param name="Lower">Middle − k · population standard deviation of the window.</param>
public sealed record BollingerResult(double[] Upper, double[] Middle, double[] Lower);
