namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Exponential moving average with smoothing factor α = 2 / (period + 1), seeded with the simple
/// average of the first <c>period</c> values (TA-Lib's default, what charting tools show).
/// </summary>
/// <remarks>
/// Basis-agnostic: runs on whatever series it is given; the result is in the units of the input.
/// Warm-up: the first <c>period − 1</c> outputs are <see cref="double.NaN"/>, never 0; index
/// <c>period − 1</c> holds the seed SMA, then EMA(t) = EMA(t−1) + α·(x(t) − EMA(t−1)). O(n), one allocation.
/// </remarks>
public static class Ema
{
    /// <summary>EMA(<paramref name="period"/>) of <paramref name="values"/>, same length as the input.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="period">EMA period (≥ 1); α = 2 / (period + 1).</param>
    /// <returns>A new array; NaN at indices below <c>period − 1</c>; all NaN when the input is shorter than the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static double[] Calculate(ReadOnlySpan<double> values, int period)
    {
        IndicatorGuard.Period(period, nameof(period));
        var result = GC.AllocateUninitializedArray<double>(values.Length);
        if (!Fill(values, 0, period, result, validatePrices: true))
        {
            IndicatorGuard.ThrowBadPrice(values, nameof(values));
        }

        return result;
    }

    /// <summary>
    /// Writes the EMA of <c>source[start..]</c> into <paramref name="destination"/> (same length as
    /// <paramref name="source"/>): NaN below <c>start + period − 1</c>, seed SMA at that index, then the recursion.
    /// Returns false when <paramref name="validatePrices"/> is set and a value is not a finite positive number.
    /// </summary>
    internal static bool Fill(ReadOnlySpan<double> source, int start, int period, Span<double> destination, bool validatePrices)
    {
        var n = source.Length;
        var seedIndex = start + period - 1;
        var warmEnd = Math.Min(seedIndex, n);
        destination[..warmEnd].Fill(double.NaN);
        if (validatePrices)
        {
            // Values before the seed window are not used but must still be valid prices.
            for (var i = 0; i < warmEnd; i++)
            {
                var v = source[i];
                if (!(v > 0 && v < double.PositiveInfinity))
                {
                    return false;
                }
            }
        }

        if (seedIndex >= n)
        {
            return true;
        }

        var sum = 0.0;
        for (var i = start; i <= seedIndex; i++)
        {
            sum += source[i];
        }

        var alpha = 2.0 / (period + 1);
        var keep = 1.0 - alpha;
        var ema = sum / period;
        destination[seedIndex] = ema;
        if (validatePrices)
        {
            var v = source[seedIndex];
            if (!(v > 0 && v < double.PositiveInfinity))
            {
                return false;
            }
        }

        for (var i = seedIndex + 1; i < n; i++)
        {
            var v = source[i];
            if (validatePrices && !(v > 0 && v < double.PositiveInfinity))
            {
                return false;
            }

            // ema + α·(v − ema) written as (1 − α)·ema + α·v: the loop-carried chain is one fused multiply-add.
            ema = Math.FusedMultiplyAdd(keep, ema, alpha * v);
            destination[i] = ema;
        }

        return true;
    }
}
