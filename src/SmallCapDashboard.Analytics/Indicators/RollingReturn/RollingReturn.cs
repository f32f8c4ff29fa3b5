namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Rolling N-session simple return: r(t) = x(t) / x(t − n) − 1, a fraction (0.05 = +5 %).
/// </summary>
/// <remarks>
/// Basis-agnostic: on the <c>price</c> basis it is a price return, on the <c>total</c> basis a total return.
/// Sessions, not calendar days: the <c>sessions</c> argument counts rows back, whatever the dates.
/// Warm-up: NaN at indices below <c>sessions</c>, never 0. O(n), one allocation.
/// </remarks>
public static class RollingReturn
{
    /// <summary>The <paramref name="sessions"/>-session return at every index.</summary>
    /// <param name="values">Prices, oldest first; each must be finite and greater than zero.</param>
    /// <param name="sessions">Look-back in rows (≥ 1).</param>
    /// <returns>A new array of fractions; NaN at indices below <paramref name="sessions"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A value is NaN, infinite, zero or negative (the message names its index).</exception>
    public static double[] Calculate(ReadOnlySpan<double> values, int sessions)
    {
        IndicatorGuard.Period(sessions, nameof(sessions));
        IndicatorGuard.Prices(values, nameof(values));
        var n = values.Length;
        var result = GC.AllocateUninitializedArray<double>(n);
        var warm = Math.Min(sessions, n);
        result.AsSpan(0, warm).Fill(double.NaN);
        for (var i = sessions; i < n; i++)
        {
            result[i] = values[i] / values[i - sessions] - 1.0;
        }

        return result;
    }
}
