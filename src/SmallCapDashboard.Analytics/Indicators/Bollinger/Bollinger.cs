namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Bollinger Bands: SMA(period) ± k population standard deviations of the same window, computed exactly
/// (matches the two-pass reference <c>bb_20_2.twopass.csv</c>; band width below 1e-9 on a flat stretch).
/// </summary>
/// <remarks>
/// Basis-agnostic: runs on whatever series it is given; bands are in the units of the input. The deviation
/// is population (divide by period, not period − 1). Warm-up: NaN below index <c>period − 1</c>, never 0.
/// O(n): a running mean with a sliding Welford update of the squared deviations, recomputed exactly in two
/// passes every <c>period</c> steps and on any nearly flat window (see the Analytics README). One allocation per output.
/// </remarks>
public static class Bollinger
{
    /// <summary>Bollinger(<paramref name="period"/>, <paramref name="k"/>) of <paramref name="values"/>.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="period">Window length (≥ 1), 20 by default.</param>
    /// <param name="k">Width in standard deviations (≥ 0, finite), 2 by default.</param>
    /// <returns>Upper, middle and lower bands, each as long as the input.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 or <paramref name="k"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static BollingerResult Calculate(ReadOnlySpan<double> values, int period = 20, double k = 2.0)
    {
        IndicatorGuard.Period(period, nameof(period));
        if (!(k >= 0) || double.IsPositiveInfinity(k))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be a finite number of standard deviations, 0 or more.");
        }

        var n = values.Length;
        var upper = GC.AllocateUninitializedArray<double>(n);
        var middle = GC.AllocateUninitializedArray<double>(n);
        var lower = GC.AllocateUninitializedArray<double>(n);
        var warm = Math.Min(period - 1, n);
        upper.AsSpan(0, warm).Fill(double.NaN);
        middle.AsSpan(0, warm).Fill(double.NaN);
        lower.AsSpan(0, warm).Fill(double.NaN);
        if (n < period)
        {
            IndicatorGuard.Prices(values, nameof(values));
        }
        else
        {
            var sink = new BandSink(upper, middle, lower, k, 1.0 / period);
            if (!SlidingMoments.Fill(values, 0, period, ref sink))
            {
                IndicatorGuard.ThrowBadPrice(values, nameof(values));
            }
        }

        return new BollingerResult(upper, middle, lower);
    }

    /// <summary>Turns each window's mean and M2 into the three bands, inside the sliding loop.</summary>
    private readonly struct BandSink(double[] upper, double[] middle, double[] lower, double k, double inv) : IMomentSink
    {
        public void Write(int index, double mean, double m2)
        {
            var width = k * Math.Sqrt(Math.Max(m2, 0.0) * inv);
            middle[index] = mean;
            upper[index] = mean + width;
            lower[index] = mean - width;
        }
    }
}
