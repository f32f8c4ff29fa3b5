using CsCheck;
using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Analytics.Tests.Reduction;

/// <summary>
/// With one series and no marked points, the selection must be plain LTTB as Steinarsson (2013) describes it:
/// bucket width every = (n − 2)/(target − 2); bucket i holds indices [⌊i·every⌋ + 1, ⌊(i+1)·every⌋ + 1); the third
/// vertex is the mean of the next bucket (the last point for the last bucket). The bucket edges ⌊i·every⌋ are taken
/// exactly, as ⌊i·(n − 2)/(target − 2)⌋ in integers: the usual floating-point form can round (target − 2)·every
/// below n − 2 and silently drop the second-to-last point from the last bucket.
/// </summary>
public class LttbReferenceTests
{
    private static int[] Textbook(double[] x, double[] y, int threshold)
    {
        var n = x.Length;
        var sampled = new List<int> { 0 };
        long m = n - 2, k = threshold - 2;
        int Edge(int i) => (int)(i * m / k) + 1; // ⌊i·every⌋ + 1, exactly
        var a = 0;
        for (var i = 0; i < threshold - 2; i++)
        {
            var avgStart = Edge(i + 1);
            var avgEnd = Math.Min(Edge(i + 2), n);
            double avgX = 0, avgY = 0;
            for (var j = avgStart; j < avgEnd; j++)
            {
                avgX += x[j];
                avgY += y[j];
            }

            avgX /= avgEnd - avgStart;
            avgY /= avgEnd - avgStart;
            var rangeStart = Edge(i);
            var rangeEnd = Edge(i + 1);
            var maxArea = -1.0;
            var next = rangeStart;
            for (var j = rangeStart; j < rangeEnd; j++)
            {
                var area = Math.Abs((x[a] - avgX) * (y[j] - y[a]) - (x[a] - x[j]) * (avgY - y[a])) * 0.5;
                if (area > maxArea)
                {
                    maxArea = area;
                    next = j;
                }
            }

            sampled.Add(next);
            a = next;
        }

        sampled.Add(n - 1);
        return [.. sampled];
    }

    [Fact]
    public void SelectIndices_OneSeriesNoMarks_SameAsTextbookLttb()
    {
        var gen =
            from y in Gen.Double[-1000, 1000].Array[4, 600]
            from fraction in Gen.Double[0.01, 0.99]
            select (y, fraction);
        gen.Sample(t =>
        {
            var n = t.y.Length;
            var target = Math.Clamp((int)(n * t.fraction), 3, n - 1);
            var x = new double[n];
            for (var i = 0; i < n; i++)
            {
                x[i] = i;
            }

            return Textbook(x, t.y, target).AsSpan().SequenceEqual(Lttb.SelectIndices(x, [t.y], target));
        });
    }
}
