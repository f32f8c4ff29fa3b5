namespace SmallCapDashboard.Analytics.Reduction;

/// <summary>
/// Largest-Triangle-Three-Buckets (Steinarsson 2013) over a shared x-index for several aligned series, so every
/// trace of one chart keeps the same points and hover stays aligned.
/// </summary>
/// <remarks>
/// <para>Selection: the first, last and every marked index are always kept. The remaining budget
/// (target − kept) is shared among the stretches between consecutive kept indices in proportion to the number of
/// free points in each (largest remainder, so the total is exact). Within a stretch, its m free points are cut into
/// as many buckets k as it was given (bucket b = [⌊b·m/k⌋, ⌊(b+1)·m/k⌋), exact integer edges), and LTTB picks in each bucket the point that maximises the triangle area
/// with the previously selected point and the average of the next bucket (the stretch's closing kept point for the
/// last bucket).</para>
/// <para>Several series: the area of a candidate is the sum over series of its triangle area with y divided by that
/// series' range (max − min of its finite values), so a series in dollars does not drown one in fractions. Series with
/// zero or no range, and triangles touching a NaN, contribute nothing. With one series and no marked index this is
/// exactly Steinarsson's LTTB.</para>
/// <para>Count: when the input is longer than the target, the result holds exactly <c>target</c> indices — unless
/// the kept indices (first + last + marked) alone exceed the target, then exactly those are returned. When the input
/// is not longer than the target, every index is returned. O(n × series), one pass per stretch.</para>
/// </remarks>
public static class Lttb
{
    /// <summary>
    /// Indices (ascending, distinct) to plot; see the remarks of <see cref="Lttb"/> for the rule and the count.
    /// </summary>
    /// <param name="x">Shared x values (e.g. day numbers or indices), ascending.</param>
    /// <param name="ys">The aligned series (each as long as <paramref name="x"/>); may be empty.</param>
    /// <param name="target">Number of points wanted, at least 2.</param>
    /// <param name="keep">Indices that must be kept (crosses, extremes); duplicates are ignored.</param>
    /// <returns>The selected indices in ascending order.</returns>
    /// <exception cref="ArgumentException">A series' length differs from x.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target is below 2 or a kept index is outside the series.</exception>
    public static int[] SelectIndices(ReadOnlySpan<double> x, IReadOnlyList<double[]> ys, int target, IReadOnlyCollection<int>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(ys);
        if (target < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "The target point count must be at least 2.");
        }

        var n = x.Length;
        for (var s = 0; s < ys.Count; s++)
        {
            if (ys[s] is null || ys[s].Length != n)
            {
                throw new ArgumentException($"Series {s} has {ys[s]?.Length ?? 0} values; x has {n}.", nameof(ys));
            }
        }

        var mandatory = Mandatory(n, keep);
        if (n <= target || mandatory.Length >= target)
        {
            if (n <= target)
            {
                var all = new int[n];
                for (var i = 0; i < n; i++)
                {
                    all[i] = i;
                }

                return all;
            }

            return mandatory;
        }

        var alloc = Allocate(mandatory, target - mandatory.Length, n - mandatory.Length);
        var series = new double[ys.Count][];
        var maxBucket = 1;
        for (var s = 0; s < series.Length; s++)
        {
            series[s] = ys[s];
        }

        for (var m = 0; m + 1 < mandatory.Length; m++)
        {
            if (alloc[m] > 0)
            {
                maxBucket = Math.Max(maxBucket, (int)Math.Ceiling((mandatory[m + 1] - mandatory[m] - 1) / (double)alloc[m]) + 1);
            }
        }

        var scale = InverseRanges(series);
        var avg = new double[series.Length];
        var area = new double[maxBucket];
        var result = new int[target];
        var w = 0;
        for (var m = 0; m < mandatory.Length; m++)
        {
            result[w++] = mandatory[m];
            if (m + 1 < mandatory.Length && alloc[m] > 0)
            {
                w = Stretch(x, series, scale, avg, area, mandatory[m], mandatory[m + 1], alloc[m], result, w);
            }
        }

        return result;
    }

    /// <summary>
    /// The index of the lowest and of the highest finite value of each series (first occurrence), for
    /// <c>keep</c>, so a reduced chart never loses a series' extremes. Duplicates removed, ascending.
    /// </summary>
    /// <param name="ys">The series.</param>
    /// <returns>The extreme indices.</returns>
    public static int[] ExtremeIndices(IReadOnlyList<double[]> ys)
    {
        ArgumentNullException.ThrowIfNull(ys);
        var found = new SortedSet<int>();
        foreach (var y in ys)
        {
            int lo = -1, hi = -1;
            for (var i = 0; i < y.Length; i++)
            {
                var v = y[i];
                if (!double.IsFinite(v))
                {
                    continue;
                }

                if (lo < 0 || v < y[lo])
                {
                    lo = i;
                }

                if (hi < 0 || v > y[hi])
                {
                    hi = i;
                }
            }

            if (lo >= 0)
            {
                found.Add(lo);
                found.Add(hi);
            }
        }

        var result = new int[found.Count];
        found.CopyTo(result);
        return result;
    }

    private static int[] Mandatory(int n, IReadOnlyCollection<int>? keep)
    {
        if (n == 0)
        {
            return [];
        }

        var all = new int[(keep?.Count ?? 0) + 2];
        all[0] = 0;
        all[1] = n - 1;
        var c = 2;
        if (keep is not null)
        {
            foreach (var k in keep)
            {
                if ((uint)k >= (uint)n)
                {
                    throw new ArgumentOutOfRangeException(nameof(keep), k, $"Kept index {k} is outside [0, {n - 1}].");
                }

                all[c++] = k;
            }
        }

        Array.Sort(all, 0, c);
        var w = 1;
        for (var i = 1; i < c; i++)
        {
            if (all[i] != all[w - 1])
            {
                all[w++] = all[i];
            }
        }

        return w == all.Length ? all : all[..w];
    }

    /// <summary>Largest-remainder share of <paramref name="budget"/> among the stretches by their free points.</summary>
    private static int[] Allocate(int[] mandatory, int budget, int free)
    {
        var stretches = mandatory.Length - 1;
        var alloc = new int[stretches];
        var remainders = new double[stretches];
        var given = 0;
        for (var j = 0; j < stretches; j++)
        {
            var interior = mandatory[j + 1] - mandatory[j] - 1;
            var exact = (double)budget * interior / free;
            alloc[j] = (int)Math.Floor(exact);
            remainders[j] = interior > alloc[j] ? exact - alloc[j] : -1.0;
            given += alloc[j];
        }

        // Hand out what is left one by one to the largest remainders (ties: earlier stretch first).
        while (given < budget)
        {
            var best = -1;
            for (var j = 0; j < stretches; j++)
            {
                if (remainders[j] >= 0 && (best < 0 || remainders[j] > remainders[best]))
                {
                    best = j;
                }
            }

            if (best < 0)
            {
                break;
            }

            // Each fractional part is below 1 and they sum to the leftover, so no stretch needs a second extra.
            alloc[best]++;
            remainders[best] = -1.0;
            given++;
        }

        return alloc;
    }

    private static double[] InverseRanges(double[][] ys)
    {
        var scale = new double[ys.Length];
        for (var s = 0; s < ys.Length; s++)
        {
            double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            foreach (var v in ys[s])
            {
                if (v < lo)
                {
                    lo = v;
                }

                if (v > hi)
                {
                    hi = v;
                }
            }

            var range = hi - lo;
            scale[s] = range > 0 && double.IsFinite(range) ? 1.0 / range : 0.0;
        }

        return scale;
    }

    /// <summary>Picks <paramref name="k"/> points strictly between <paramref name="left"/> and <paramref name="right"/>.</summary>
    private static int Stretch(
        ReadOnlySpan<double> x, double[][] ys, double[] scale, double[] avg, double[] area,
        int left, int right, int k, int[] result, int w)
    {
        // Bucket b holds [first + ⌊b·m/k⌋, first + ⌊(b+1)·m/k⌋) of the m free points, in exact integer arithmetic
        // (floating bucket edges can round a multiple down and drop a point from its bucket).
        var first = left + 1;
        long m = right - first;
        var a = left;
        for (var b = 0; b < k; b++)
        {
            var start = first + (int)(b * m / k);
            var end = first + (int)((b + 1) * m / k);

            // The third vertex: average of the next bucket, or the closing kept point.
            double avgX;
            if (b == k - 1)
            {
                avgX = x[right];
                for (var s = 0; s < ys.Length; s++)
                {
                    avg[s] = ys[s][right];
                }
            }
            else
            {
                var nextEnd = first + (int)((b + 2) * m / k);
                avgX = LttbKernels.Mean(x[end..nextEnd]);
                for (var s = 0; s < ys.Length; s++)
                {
                    avg[s] = scale[s] == 0 ? double.NaN : LttbKernels.MeanFinite(ys[s].AsSpan(end, nextEnd - end));
                }
            }

            // Summed, range-normalised triangle areas of the bucket's candidates, series by series.
            var len = end - start;
            var scores = area.AsSpan(0, len);
            scores.Clear();
            var xa = x[a];
            var dxc = xa - avgX;
            var xSpan = x.Slice(start, len);
            for (var s = 0; s < ys.Length; s++)
            {
                var y = ys[s];
                var ya = y[a];
                var dyc = avg[s] - ya;
                if (scale[s] == 0 || double.IsNaN(dyc) || double.IsNaN(ya))
                {
                    continue;
                }

                LttbKernels.AddAreas(scores, xSpan, y.AsSpan(start, len), xa, ya, dxc, dyc, scale[s]);
            }

            var bestIndex = LttbKernels.ArgMax(scores);
            a = start + bestIndex;
            result[w++] = a;
        }

        return w;
    }
}
