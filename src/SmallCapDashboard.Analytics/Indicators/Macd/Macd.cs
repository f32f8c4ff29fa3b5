namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Moving Average Convergence/Divergence, textbook variant: every EMA is seeded with the SMA of its own
/// first values (what charting tools show; matches <c>macd_12_26_9.std.csv</c>, not TA-Lib's late-seeded variant).
/// </summary>
/// <remarks>
/// Basis-agnostic: runs on whatever series it is given; line, signal and histogram are in the units of the
/// input. Fast EMA from index <c>fast − 1</c>, slow EMA from <c>slow − 1</c>; the line exists from
/// <c>max(fast, slow) − 1</c>; the signal EMA is seeded with the SMA of the first <c>signal</c> line values.
/// O(n), one allocation per output array.
/// </remarks>
public static class Macd
{
    /// <summary>MACD(<paramref name="fastPeriod"/>, <paramref name="slowPeriod"/>, <paramref name="signalPeriod"/>) of <paramref name="values"/>.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="fastPeriod">Fast EMA period (≥ 1), 12 by default.</param>
    /// <param name="slowPeriod">Slow EMA period (≥ 1), 26 by default.</param>
    /// <param name="signalPeriod">Signal EMA period (≥ 1), 9 by default.</param>
    /// <returns>Line, signal and histogram, each as long as the input.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static MacdResult Calculate(ReadOnlySpan<double> values, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        IndicatorGuard.Period(fastPeriod, nameof(fastPeriod));
        IndicatorGuard.Period(slowPeriod, nameof(slowPeriod));
        IndicatorGuard.Period(signalPeriod, nameof(signalPeriod));
        var n = values.Length;
        var line = GC.AllocateUninitializedArray<double>(n);
        var signal = GC.AllocateUninitializedArray<double>(n);
        var histogram = GC.AllocateUninitializedArray<double>(n);

        // The fast EMA goes into `line`, the slow EMA into `signal` (used as scratch until the signal pass).
        if (!Ema.Fill(values, 0, fastPeriod, line, validatePrices: true))
        {
            IndicatorGuard.ThrowBadPrice(values, nameof(values));
        }

        Ema.Fill(values, 0, slowPeriod, signal, validatePrices: false);
        var lineStart = Math.Max(fastPeriod, slowPeriod) - 1;
        var lineWarm = Math.Min(lineStart, n);
        line.AsSpan(0, lineWarm).Fill(double.NaN);
        for (var i = lineStart; i < n; i++)
        {
            line[i] -= signal[i];
        }

        Ema.Fill(line, lineStart, signalPeriod, signal, validatePrices: false);
        for (var i = 0; i < n; i++)
        {
            histogram[i] = line[i] - signal[i];
        }

        return new MacdResult(line, signal, histogram);
    }
}
