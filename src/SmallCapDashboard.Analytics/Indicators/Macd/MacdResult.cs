namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// MACD output, three arrays aligned with the input (NaN during warm-up, never 0).
/// </summary>
/// <param name="Line">Fast EMA − slow EMA, in the units of the input; first value at index <c>slow − 1</c>.</param>
/// <param name="Signal">EMA(signal) of <paramref name="Line"/>, seeded with the SMA of its first <c>signal</c> values; first value at index <c>slow + signal − 2</c>.</param>
/// <param name="Histogram">Line − Signal; NaN wherever Signal is.</param>
public sealed record MacdResult(double[] Line, double[] Signal, double[] Histogram);
