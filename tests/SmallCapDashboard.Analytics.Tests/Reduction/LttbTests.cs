using CsCheck;
using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Analytics.Tests.Reduction;

public class LttbTests
{
    private static double[] Range(int n)
    {
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = i;
        }

        return x;
    }

    [Fact]
    public void SelectIndices_OneFreePoint_PicksTheSpike()
    {
        // Target 3 → first, last and one point from the single bucket 1..8; the spike at 5 spans the largest triangle.
        double[] y = [0, 0, 0, 0, 0, 10, 0, 0, 0, 0];
        Assert.Equal([0, 5, 9], Lttb.SelectIndices(Range(10), [y], 3));
    }

    [Fact]
    public void SelectIndices_SeriesOfDifferentScale_NormalisedByRange()
    {
        // One bucket (indices 1..7), vertices a = (0, y[0]) and c = (8, y[8]), all y there 0, so a candidate's
        // area term per series is |(0 − 8)(y[i] − 0) − (0 − i)(0 − 0)| / range = 8 |y[i]| / range.
        // A (range 2000): index 2 → 8·1000/2000 = 4, index 4 → 4. B (range 1): index 6 → 8·1/1 = 8. Winner: 6.
        // Without normalisation A's 8000 would win at index 2.
        double[] a = [0, 0, 1000, 0, -1000, 0, 0, 0, 0];
        double[] b = [0, 0, 0, 0, 0, 0, 1, 0, 0];
        Assert.Equal([0, 6, 8], Lttb.SelectIndices(Range(9), [a, b], 3));
    }

    [Fact]
    public void SelectIndices_MarkedBeyondTarget_ReturnsMarkedFirstAndLast()
    {
        var y = new double[10];
        Assert.Equal([0, 3, 5, 9], Lttb.SelectIndices(Range(10), [y], 3, [5, 3, 3]));
    }

    [Fact]
    public void SelectIndices_InputNotLongerThanTarget_ReturnsAll()
    {
        Assert.Equal([0, 1, 2], Lttb.SelectIndices(Range(3), [new double[3]], 5));
        Assert.Empty(Lttb.SelectIndices([], [], 5));
        Assert.Equal([0], Lttb.SelectIndices([1.0], [[2.0]], 2));
    }

    [Fact]
    public void SelectIndices_NaNValues_StillExactCount()
    {
        var y = new double[100];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = i % 3 == 0 ? double.NaN : Math.Sin(i);
        }

        var idx = Lttb.SelectIndices(Range(100), [y], 10);
        Assert.Equal(10, idx.Length);
    }

    [Fact]
    public void SelectIndices_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lttb.SelectIndices(Range(5), [], 1));
        Assert.Throws<ArgumentException>(() => Lttb.SelectIndices(Range(5), [new double[4]], 3));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Lttb.SelectIndices(Range(5), [], 3, [7]));
        Assert.Equal("keep", ex.ParamName);
    }

    [Fact]
    public void SelectIndices_LargerInputs_ExactTargetAndEveryMarkedIndex()
    {
        var gen =
            from n in Gen.Int[3, 3000]
            from target in Gen.Int[2, n - 1]
            from marks in Gen.Int[0, n - 1].Array[0, 12]
            from series in Gen.Int[1, 3]
            from seed in Gen.Int
            select (n, target, marks, series, seed);
        gen.Sample(t =>
        {
            var (n, target, marks, series, seed) = t;
            var ys = new List<double[]>();
            for (var s = 0; s < series; s++)
            {
                var y = new double[n];
                for (var i = 0; i < n; i++)
                {
                    y[i] = Math.Sin((i + seed % 1000) * (s + 1) * 0.37) * (s * 1000 + 1);
                }

                ys.Add(y);
            }

            var idx = Lttb.SelectIndices(Range(n), ys, target, marks);
            var mandatory = new SortedSet<int>(marks) { 0, n - 1 };
            var expectedCount = Math.Max(target, mandatory.Count);
            if (idx.Length != expectedCount)
            {
                return false;
            }

            for (var i = 1; i < idx.Length; i++)
            {
                if (idx[i] <= idx[i - 1])
                {
                    return false;
                }
            }

            var set = new HashSet<int>(idx);
            return mandatory.All(set.Contains);
        });
    }

    [Fact]
    public void ExtremeIndices_TwoSeries_MinAndMaxOfEach()
    {
        double[] a = [3, 1, 4, 1, 5];          // min 1 first at 1, max 5 at 4
        double[] b = [double.NaN, 9, 2, 6, 5]; // min 2 at 2, max 9 at 1 (NaN ignored)
        Assert.Equal([1, 2, 4], Lttb.ExtremeIndices([a, b]));
    }
}
