using System.Buffers;

namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Annualised realised volatility: the sample standard deviation (divide by n − 1) of the last
/// <c>n</c> daily log returns ln(x(t) / x(t − 1)), times √<c>periodsPerYear</c>. A fraction (0.20 = 20 % a year).
/// </summary>
/// <remarks>
/// Basis-agnostic, but volatility is normally read on the <c>total</c> basis (on <c>price</c>, ex-dividend days
/// add small drops). The first value is at index <c>n</c> (it needs n returns, hence n + 1 prices); earlier
/// outputs are NaN, never 0. Exact on flat stretches (0), O(n) with the same sliding update as Bollinger.
/// </remarks>
public static class RealisedVolatility
{
    /// <summary>Rolling annualised volatility over <paramref name="returns"/> log returns.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="returns">Number of daily log returns in each window (≥ 2).</param>
    /// <param name="periodsPerYear">Sessions per year used to annualise (&gt; 0), 252 by default.</param>
    /// <returns>A new array of annualised fractions; NaN at indices below <paramref name="returns"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="returns"/> is below 2 or <paramref name="periodsPerYear"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static double[] Calculate(ReadOnlySpan<double> values, int returns, double periodsPerYear = 252)
    {
        if (returns < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(returns), returns, "returns must be at least 2 (a sample standard deviation needs two).");
        }

        if (!(periodsPerYear > 0) || double.IsPositiveInfinity(periodsPerYear))
        {
            throw new ArgumentOutOfRangeException(nameof(periodsPerYear), periodsPerYear, "periodsPerYear must be a finite number greater than zero.");
        }

        IndicatorGuard.Prices(values, nameof(values));
        var n = values.Length;
        var result = GC.AllocateUninitializedArray<double>(n);
        var warm = Math.Min(returns, n);
        result.AsSpan(0, warm).Fill(double.NaN);
        if (n <= returns)
        {
            return result;
        }

        var logs = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var logSpan = logs.AsSpan(0, n);
            logSpan[0] = double.NaN;
            for (var i = 1; i < n; i++)
            {
                logSpan[i] = Math.Log(values[i] / values[i - 1]);
            }

            var sink = new VolatilitySink(result, periodsPerYear / (returns - 1));
            SlidingMoments.Fill(logSpan, 1, returns, ref sink);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(logs);
        }

        return result;
    }

    /// <summary>Writes √(M2 · periodsPerYear / (n − 1)) for each window.</summary>
    private readonly struct VolatilitySink(double[] result, double scale) : IMomentSink
    {
        public void Write(int index, double mean, double m2) => result[index] = Math.Sqrt(Math.Max(m2, 0.0) * scale);
    }
}
