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
    /// For every index i ≥ <paramref name="first"/> + <paramref name="window"/> − 1, passes the mean and M2 of
    /// <c>x[i − window + 1 .. i]</c> to <paramref name="sink"/>. Returns true when every value read (all of
    /// <c>x[first..]</c> when it holds at least one window) is a finite number greater than zero, so price
    /// callers need no separate validation pass.
    /// </summary>
    public static bool Fill<TSink>(ReadOnlySpan<double> x, int first, int window, ref TSink sink)
        where TSink : struct, IMomentSink
    {
        var n = x.Length;
        var inv = 1.0 / window;
        var valid = true;
        var i = first + window - 1;
        while (i < n)
        {
            // Exact two-pass moments of the window ending at i, then up to window − 1 sliding steps. The inner loop
            // makes no call, so sum, mean and M2 stay in registers; it breaks out to recompute on a flat window.
            var (sum, dev2, ok) = Exact(x.Slice(i - window + 1, window), inv);
            valid &= ok;
            var mean = sum * inv;
            sink.Write(i, mean, dev2);
            var floor = FlatToReference * dev2;
            var stop = Math.Min(n, i + window);
            for (i++; i < stop; i++)
            {
                var xin = x[i];
                valid &= (xin > 0) & (xin < double.PositiveInfinity);
                var xout = x[i - window];
                var oldMean = mean;
                sum += xin - xout;
                mean = sum * inv;
                dev2 += (xin - xout) * (xin - mean + xout - oldMean);
                if (dev2 <= floor || dev2 <= FlatToMean * window * mean * mean)
                {
                    break;
                }

                sink.Write(i, mean, dev2);
            }
        }

        return valid;
    }

    /// <summary>Two-pass sum and sum of squared deviations of <paramref name="w"/>, and whether all are finite and positive.</summary>
    private static (double Sum, double Dev2, bool Valid) Exact(ReadOnlySpan<double> w, double inv)
    {
        var sum = 0.0;
        var valid = true;
        for (var j = 0; j < w.Length; j++)
        {
            var v = w[j];
            valid &= (v > 0) & (v < double.PositiveInfinity);
            sum += v;
        }

        var mean = sum * inv;
        var dev2 = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            var d = w[j] - mean;
            dev2 += d * d;
        }

        return (sum, dev2, valid);
    }
}
