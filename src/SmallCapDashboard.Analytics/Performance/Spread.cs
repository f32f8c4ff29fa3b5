using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Performance spread of small caps over large caps.</summary>
public static class Spread
{
    /// <summary>
    /// Spread in percentage points: <c>(smallReturn[i] − largeReturn[i]) × 100</c>, from two cumulative returns
    /// given as fractions from the same base (see <see cref="Returns.Cumulative"/>). Negative = small caps lag.
    /// NaN where either input is NaN.
    /// </summary>
    /// <param name="smallReturn">Cumulative return of the small-cap series (fraction).</param>
    /// <param name="largeReturn">Cumulative return of the large-cap series (fraction), same length.</param>
    /// <returns>A new array in percentage points.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double[] Compute(ReadOnlySpan<double> smallReturn, ReadOnlySpan<double> largeReturn)
    {
        Guard.SameLength(smallReturn.Length, largeReturn.Length, nameof(smallReturn), nameof(largeReturn));
        var result = new double[smallReturn.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (smallReturn[i] - largeReturn[i]) * 100.0;
        }

        return result;
    }
}
