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
        var n = values.Length;
        var result = new BollingerResult(
            GC.AllocateUninitializedArray<double>(n),
            GC.AllocateUninitializedArray<double>(n),
            GC.AllocateUninitializedArray<double>(n));
        CalculateInto(values, result, period, k);
        return result;
    }

    /// <summary>
    /// Bollinger(<paramref name="period"/>, <paramref name="k"/>) written into caller-owned band arrays (no
    /// allocation), for callers that recompute often over long series (as TA-Lib writes into caller buffers). Same
    /// values and warm-up as <see cref="Calculate(ReadOnlySpan{double}, int, double)"/>.
    /// </summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="destination">Upper, middle and lower arrays, each at least as long as <paramref name="values"/>.</param>
    /// <param name="period">Window length (≥ 1), 20 by default.</param>
    /// <param name="k">Width in standard deviations (≥ 0, finite), 2 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 or <paramref name="k"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentException">A destination array is too short, or a value is NaN, infinite, zero or negative.</exception>
    public static void CalculateInto(ReadOnlySpan<double> values, BollingerResult destination, int period = 20, double k = 2.0)
    {
        ArgumentNullException.ThrowIfNull(destination);
        IndicatorGuard.Period(period, nameof(period));
        if (!(k >= 0) || double.IsPositiveInfinity(k))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be a finite number of standard deviations, 0 or more.");
        }

        var n = values.Length;
        var (upper, middle, lower) = (destination.Upper, destination.Middle, destination.Lower);
        if (upper.Length < n || middle.Length < n || lower.Length < n)
        {
            throw new ArgumentException($"Each destination band must hold at least {n} values.", nameof(destination));
        }

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
