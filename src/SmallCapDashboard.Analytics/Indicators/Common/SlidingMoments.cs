namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>
/// Rolling mean and sum of squared deviations (M2) over a fixed window, exact to rounding and O(n).
/// </summary>
/// <remarks>
/// Each step updates the running sum and M2 with the sliding Welford update
/// M2 += (x_in − x_out)·(x_in − mean_new + x_out − mean_old), whose rounding error scales with M2 itself,
/// not with mean². Two exact two-pass recomputations keep it exact where it matters:
/// every <c>window</c> steps (bounding drift, amortised 2 operations per point), and whenever M2 falls below
/// 1e-10 · window · mean² or below 1e-8 × the M2 of the last exact recomputation (a nearly flat window, where
/// the square root would amplify any residue), so a flat stretch gives a deviation of exactly 0 up to the
/// rounding of its mean (about 1e-14).
/// </remarks>
internal static class SlidingMoments
{
    private const double FlatToMean = 1e-10;
    private const double FlatToReference = 1e-8;

    /// <summary>
    /// For every index i ≥ <paramref name="first"/> + <paramref name="window"/> − 1, writes the mean and M2 of
    /// <c>x[i − window + 1 .. i]</c> into <paramref name="means"/> (skipped when empty) and <paramref name="m2"/>.
    /// Indices below are left untouched. <paramref name="x"/> must be finite from <paramref name="first"/> on.
    /// </summary>
    public static void Fill(ReadOnlySpan<double> x, int first, int window, Span<double> means, Span<double> m2)
    {
        var n = x.Length;
        var end = first + window - 1;
        if (end >= n)
        {
            return;
        }

        var writeMeans = !means.IsEmpty;
        var inv = 1.0 / window;
        Exact(x.Slice(first, window), inv, out var sum, out var mean, out var dev2);
        if (writeMeans)
        {
            means[end] = mean;
        }

        m2[end] = dev2;
        var sinceExact = 0;
        var floor = FlatToReference * dev2;
        for (var i = end + 1; i < n; i++)
        {
            var xin = x[i];
            var xout = x[i - window];
            var oldMean = mean;
            sum += xin - xout;
            mean = sum * inv;
            dev2 += (xin - xout) * (xin - mean + xout - oldMean);
            if (++sinceExact == window || dev2 <= floor || dev2 <= FlatToMean * window * mean * mean)
            {
                Exact(x.Slice(i - window + 1, window), inv, out sum, out mean, out dev2);
                sinceExact = 0;
                floor = FlatToReference * dev2;
            }

            if (writeMeans)
            {
                means[i] = mean;
            }

            m2[i] = dev2;
        }
    }

    /// <summary>Two-pass sum, mean and sum of squared deviations of <paramref name="w"/>.</summary>
    private static void Exact(ReadOnlySpan<double> w, double inv, out double sum, out double mean, out double dev2)
    {
        sum = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            sum += w[j];
        }

        mean = sum * inv;
        dev2 = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            var d = w[j] - mean;
            dev2 += d * d;
        }
    }
}
