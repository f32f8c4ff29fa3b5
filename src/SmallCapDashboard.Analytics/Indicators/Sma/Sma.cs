namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Simple moving average: the arithmetic mean of the last <c>period</c> values.
/// </summary>
/// <remarks>
/// Basis-agnostic: runs on whatever series it is given (price or total basis, a ratio series such as
/// IWM:SPY); the result is in the units of the input. Index based: a gap of dates changes nothing.
/// Warm-up: the first <c>period − 1</c> outputs are <see cref="double.NaN"/>, never 0; the first value is at
/// index <c>period − 1</c> (as TA-Lib). One pass with a running sum; O(n), one allocation.
/// </remarks>
public static class Sma
{
    /// <summary>SMA(<paramref name="period"/>) of <paramref name="values"/>, same length as the input.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="period">Number of values averaged (≥ 1).</param>
    /// <returns>A new array; NaN at indices below <c>period − 1</c>; all NaN when the input is shorter than the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static double[] Calculate(ReadOnlySpan<double> values, int period)
    {
        IndicatorGuard.Period(period, nameof(period));
        var result = GC.AllocateUninitializedArray<double>(values.Length);
        CalculateInto(values, period, result);
        return result;
    }

    /// <summary>
    /// SMA(<paramref name="period"/>) of <paramref name="values"/> written into a caller-owned buffer (no allocation),
    /// for callers that recompute often over long series (as TA-Lib writes into caller buffers). Same values and
    /// warm-up as <see cref="Calculate(ReadOnlySpan{double}, int)"/>.
    /// </summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="period">Number of values averaged (≥ 1).</param>
    /// <param name="destination">Receives one value per input; at least as long as <paramref name="values"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the input, or a value is NaN, infinite, zero or negative.</exception>
    public static void CalculateInto(ReadOnlySpan<double> values, int period, Span<double> destination)
    {
        IndicatorGuard.Period(period, nameof(period));
        var n = values.Length;
        if (destination.Length < n)
        {
            throw new ArgumentException($"destination holds {destination.Length} values; {n} are needed.", nameof(destination));
        }

        var result = destination;
        var warm = Math.Min(period - 1, n);
        var sum = 0.0;
        var valid = true;

        // No call inside the loops (the throw comes after them), so the running sum stays in a register.
        for (var i = 0; i < warm; i++)
        {
            var v = values[i];
            valid &= (v > 0) & (v < double.PositiveInfinity);
            sum += v;
            result[i] = double.NaN;
        }

        if (n >= period)
        {
            var inv = 1.0 / period;
            var v = values[period - 1];
            valid &= (v > 0) & (v < double.PositiveInfinity);
            sum += v;
            result[period - 1] = sum * inv;
            for (var i = period; i < n; i++)
            {
                v = values[i];
                valid &= (v > 0) & (v < double.PositiveInfinity);

                // in − out first: one add on the loop-carried chain
                sum += v - values[i - period];
                result[i] = sum * inv;
            }
        }

        if (!valid)
        {
            IndicatorGuard.ThrowBadPrice(values, nameof(values));
        }
    }
}
