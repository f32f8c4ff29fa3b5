using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Cumulative returns from a base close.</summary>
public static class Returns
{
    /// <summary>
    /// Cumulative return from the base close, as a fraction: <c>closes[i] / closes[baseIndex] − 1</c> for
    /// i ≥ <paramref name="baseIndex"/> (0 at the base), NaN before it and wherever a close is NaN.
    /// The result carries the basis of <paramref name="closes"/> (price or total).
    /// </summary>
    /// <param name="closes">Closes in one price basis.</param>
    /// <param name="baseIndex">Index of the base close (see <see cref="Periods"/>).</param>
    /// <returns>A new array of fractions, same length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is outside the series.</exception>
    /// <exception cref="ArgumentException">The base close is NaN or not positive.</exception>
    public static double[] Cumulative(ReadOnlySpan<double> closes, int baseIndex)
    {
        Guard.IndexInRange(baseIndex, closes.Length, nameof(baseIndex));
        var baseClose = closes[baseIndex];
        if (!(baseClose > 0))
        {
            throw new ArgumentException(
                $"The base close at index {baseIndex} must be a positive number, not {baseClose}.", nameof(closes));
        }

        var result = new double[closes.Length];
        result.AsSpan(0, baseIndex).Fill(double.NaN);
        var inv = 1.0 / baseClose;
        for (var i = baseIndex; i < result.Length; i++)
        {
            result[i] = closes[i] * inv - 1.0;
        }

        result[baseIndex] = 0.0;
        return result;
    }

    /// <summary>
    /// Simple return between two indices as a fraction, <c>closes[end] / closes[start] − 1</c>;
    /// NaN when either close is NaN or the start close is not positive.
    /// </summary>
    /// <param name="closes">Closes in one price basis.</param>
    /// <param name="start">Index of the base close.</param>
    /// <param name="end">Index of the end close.</param>
    /// <returns>The return as a fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the series.</exception>
    public static double Between(ReadOnlySpan<double> closes, int start, int end)
    {
        Guard.IndexInRange(start, closes.Length, nameof(start));
        Guard.IndexInRange(end, closes.Length, nameof(end));
        var s = closes[start];
        return s > 0 ? closes[end] / s - 1.0 : double.NaN;
    }
}
