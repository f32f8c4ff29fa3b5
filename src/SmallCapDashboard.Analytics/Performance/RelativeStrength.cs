using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Relative strength of one series against another.</summary>
public static class RelativeStrength
{
    /// <summary>
    /// Relative-strength ratio normalised to 1.0 at the base close:
    /// <c>(a[i] / b[i]) / (a[baseIndex] / b[baseIndex])</c> for i ≥ baseIndex, NaN before it and wherever an
    /// input is NaN. Above 1 = <paramref name="a"/> has outperformed since the base. Both in the same basis.
    /// </summary>
    /// <param name="a">Closes of the numerator (e.g. IWM), aligned with <paramref name="b"/>.</param>
    /// <param name="b">Closes of the denominator (e.g. SPY).</param>
    /// <param name="baseIndex">Index of the base close.</param>
    /// <returns>A new array of ratios.</returns>
    /// <exception cref="ArgumentException">The lengths differ, or a base close is NaN or not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is outside the series.</exception>
    public static double[] Ratio(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int baseIndex)
    {
        Guard.SameLength(a.Length, b.Length, nameof(a), nameof(b));
        Guard.IndexInRange(baseIndex, a.Length, nameof(baseIndex));
        if (!(a[baseIndex] > 0) || !(b[baseIndex] > 0))
        {
            throw new ArgumentException(
                $"Both base closes at index {baseIndex} must be positive numbers (a = {a[baseIndex]}, b = {b[baseIndex]}).",
                nameof(baseIndex));
        }

        var baseRatio = a[baseIndex] / b[baseIndex];
        var result = new double[a.Length];
        result.AsSpan(0, baseIndex).Fill(double.NaN);
        for (var i = baseIndex; i < result.Length; i++)
        {
            result[i] = a[i] / b[i] / baseRatio;
        }

        result[baseIndex] = 1.0;
        return result;
    }

    /// <summary>
    /// The raw ratio series <c>a / b</c> on the dates both share (like StockCharts' <c>IWM:SPY</c>), not
    /// normalised, so indicators can run on it. Dates where either value is NaN or <paramref name="b"/> is
    /// not positive are left out, so the result holds no NaN. Both inputs in the same basis.
    /// </summary>
    /// <param name="a">Numerator series.</param>
    /// <param name="b">Denominator series.</param>
    /// <returns>The ratio series.</returns>
    public static DatedSeries RatioSeries(DatedSeries a, DatedSeries b)
    {
        var (dates, va, vb) = SeriesAlignment.Align(a, b);
        var n = 0;
        for (var i = 0; i < dates.Length; i++)
        {
            var x = va[i];
            var y = vb[i];
            if (double.IsNaN(x) || !(y > 0))
            {
                continue;
            }

            dates[n] = dates[i];
            va[n] = x / y;
            n++;
        }

        return n == dates.Length ? new DatedSeries(dates, va) : new DatedSeries(dates[..n], va[..n]);
    }
}
