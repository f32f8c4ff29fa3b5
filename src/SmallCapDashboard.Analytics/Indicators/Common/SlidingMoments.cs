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
        var writeMeans = !means.IsEmpty;
        var inv = 1.0 / window;
        var i = first + window - 1;
        while (i < n)
        {
            // Exact two-pass moments of the window ending at i, then up to window − 1 sliding steps. The inner loop
            // makes no call, so sum, mean and M2 stay in registers; it breaks out to recompute on a flat window.
            var (sum, dev2) = Exact(x.Slice(i - window + 1, window), inv);
            var mean = sum * inv;
            if (writeMeans)
            {
                means[i] = mean;
            }

            m2[i] = dev2;
            var floor = FlatToReference * dev2;
            var stop = Math.Min(n, i + window);
            for (i++; i < stop; i++)
            {
                var xin = x[i];
                var xout = x[i - window];
                var oldMean = mean;
                sum += xin - xout;
                mean = sum * inv;
                dev2 += (xin - xout) * (xin - mean + xout - oldMean);
                if (dev2 <= floor || dev2 <= FlatToMean * window * mean * mean)
                {
                    break;
                }

                if (writeMeans)
                {
                    means[i] = mean;
                }

                m2[i] = dev2;
            }
        }
    }

    /// <summary>Two-pass sum and sum of squared deviations of <paramref name="w"/>.</summary>
    private static (double Sum, double Dev2) Exact(ReadOnlySpan<double> w, double inv)
    {
        var sum = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            sum += w[j];
        }

        var mean = sum * inv;
        var dev2 = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            var d = w[j] - mean;
            dev2 += d * d;
        }

        return (sum, dev2);
    }
}
