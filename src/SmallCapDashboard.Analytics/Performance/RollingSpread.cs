using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Rolling N-session spread.</summary>
public static class RollingSpread
{
    /// <summary>
    /// Rolling spread in percentage points: for i ≥ <paramref name="sessions"/>,
    /// <c>((a[i] / a[i−n] − 1) − (b[i] / b[i−n] − 1)) × 100</c> with n = <paramref name="sessions"/>
    /// (the two N-session returns, index based); NaN for the first n values (warm-up) and wherever an input is NaN.
    /// </summary>
    /// <param name="a">Closes of the small-cap series, aligned with <paramref name="b"/>.</param>
    /// <param name="b">Closes of the large-cap series.</param>
    /// <param name="sessions">Window length in sessions, at least 1.</param>
    /// <returns>A new array in percentage points.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    public static double[] Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int sessions)
    {
        Guard.SameLength(a.Length, b.Length, nameof(a), nameof(b));
        Guard.AtLeast(sessions, 1, nameof(sessions));
        var result = new double[a.Length];
        var warm = Math.Min(sessions, a.Length);
        result.AsSpan(0, warm).Fill(double.NaN);
        for (var i = sessions; i < result.Length; i++)
        {
            result[i] = (a[i] / a[i - sessions] - b[i] / b[i - sessions]) * 100.0;
        }

        return result;
    }
}
