namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Relative Strength Index with Wilder's smoothing, on a 0–100 scale.
/// </summary>
/// <remarks>
/// Basis-agnostic: runs on whatever series it is given. Changes d(t) = x(t) − x(t−1) split into gains and
/// losses; the first average gain/loss is the simple mean of the first <c>period</c> changes (so the first RSI
/// is at index <c>period</c>, as TA-Lib), then avg(t) = (avg(t−1)·(period − 1) + change(t)) / period.
/// RSI = 100 · avgGain / (avgGain + avgLoss). When both averages are exactly zero (no movement at all) the RSI
/// is 50, neutral (TA-Lib writes 0 there). Warm-up outputs (indices below <c>period</c>) are NaN, never 0.
/// O(n), one allocation.
/// </remarks>
public static class Rsi
{
    /// <summary>RSI(<paramref name="period"/>) of <paramref name="values"/>, same length as the input.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="period">Wilder period (≥ 1), 14 by default.</param>
    /// <returns>A new array of values in [0, 100]; NaN at indices below <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static double[] Calculate(ReadOnlySpan<double> values, int period = 14)
    {
        IndicatorGuard.Period(period, nameof(period));
        var n = values.Length;
        var result = GC.AllocateUninitializedArray<double>(n);
        var warm = Math.Min(period, n);
        result.AsSpan(0, warm).Fill(double.NaN);
        if (n == 0)
        {
            return result;
        }

        // Validity is accumulated and checked after the loops: no call inside them, so the averages stay in registers.
        var prev = values[0];
        var valid = (prev > 0) & (prev < double.PositiveInfinity);
        var gain = 0.0;
        var loss = 0.0;
        var seedEnd = Math.Min(period, n - 1);
        for (var i = 1; i <= seedEnd; i++)
        {
            var v = values[i];
            valid &= (v > 0) & (v < double.PositiveInfinity);
            var d = v - prev;
            gain += Math.Max(d, 0.0);
            loss += Math.Max(-d, 0.0);
            prev = v;
        }

        if (n > period)
        {
            gain /= period;
            loss /= period;
            result[period] = Value(gain, loss);
            var keep = (period - 1.0) / period;
            var inv = 1.0 / period;
            for (var i = period + 1; i < n; i++)
            {
                var v = values[i];
                valid &= (v > 0) & (v < double.PositiveInfinity);
                var d = v - prev;
                prev = v;
                // (avg·(p − 1) + x)/p as one fused multiply-add on the loop-carried chain
                gain = Math.FusedMultiplyAdd(gain, keep, Math.Max(d, 0.0) * inv);
                loss = Math.FusedMultiplyAdd(loss, keep, Math.Max(-d, 0.0) * inv);
                result[i] = Value(gain, loss);
            }
        }

        if (!valid)
        {
            IndicatorGuard.ThrowBadPrice(values, nameof(values));
        }

        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Value(double gain, double loss)
    {
        var total = gain + loss;
        // gain / total ≤ 1 exactly (total ≥ gain), so the result never leaves [0, 100] by rounding.
        return total > 0 ? 100.0 * (gain / total) : 50.0;
    }
}
