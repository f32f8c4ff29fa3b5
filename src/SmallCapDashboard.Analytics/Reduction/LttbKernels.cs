using System.Numerics;

namespace SmallCapDashboard.Analytics.Reduction;

/// <summary>The inner loops of <see cref="Lttb"/>, vectorised with <see cref="Vector{T}"/> (scalar tails).</summary>
internal static class LttbKernels
{
    /// <summary>Mean of <paramref name="v"/> (all values counted).</summary>
    public static double Mean(ReadOnlySpan<double> v)
    {
        var i = 0;
        var acc = Vector<double>.Zero;
        for (; i <= v.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            acc += new Vector<double>(v.Slice(i));
        }

        var sum = Vector.Sum(acc);
        for (; i < v.Length; i++)
        {
            sum += v[i];
        }

        return sum / v.Length;
    }

    /// <summary>Mean of the non-NaN values of <paramref name="v"/>; NaN when there are none.</summary>
    public static double MeanFinite(ReadOnlySpan<double> v)
    {
        var i = 0;
        var acc = Vector<double>.Zero;
        var counts = Vector<long>.Zero;
        for (; i <= v.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var x = new Vector<double>(v.Slice(i));
            var ok = Vector.Equals(x, x); // false only for NaN; all bits set (−1) when true
            acc += Vector.ConditionalSelect(ok, x, Vector<double>.Zero);
            counts -= ok;
        }

        var sum = Vector.Sum(acc);
        var count = Vector.Sum(counts);
        for (; i < v.Length; i++)
        {
            if (!double.IsNaN(v[i]))
            {
                sum += v[i];
                count++;
            }
        }

        return count > 0 ? sum / count : double.NaN;
    }

    /// <summary>
    /// Adds to <paramref name="scores"/>[i] the triangle area term
    /// <c>|dxc·(y[i] − ya) − (xa − x[i])·dyc| · scale</c>, counting NaN terms as 0.
    /// </summary>
    public static void AddAreas(
        Span<double> scores, ReadOnlySpan<double> x, ReadOnlySpan<double> y, double xa, double ya, double dxc, double dyc, double scale)
    {
        var i = 0;
        var vxa = new Vector<double>(xa);
        var vya = new Vector<double>(ya);
        var vdxc = new Vector<double>(dxc);
        var vdyc = new Vector<double>(dyc);
        var vsc = new Vector<double>(scale);
        for (; i <= scores.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var t = Vector.Abs(vdxc * (new Vector<double>(y.Slice(i)) - vya) - (vxa - new Vector<double>(x.Slice(i))) * vdyc) * vsc;
            var s = new Vector<double>(scores.Slice(i)) + Vector.ConditionalSelect(Vector.Equals(t, t), t, Vector<double>.Zero);
            s.CopyTo(scores.Slice(i));
        }

        for (; i < scores.Length; i++)
        {
            var t = Math.Abs(dxc * (y[i] - ya) - (xa - x[i]) * dyc) * scale;
            scores[i] += double.IsNaN(t) ? 0.0 : t;
        }
    }

    /// <summary>Index of the first maximum of <paramref name="scores"/>.</summary>
    public static int ArgMax(ReadOnlySpan<double> scores)
    {
        var best = 0;
        var bestValue = scores[0];
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > bestValue)
            {
                bestValue = scores[i];
                best = i;
            }
        }

        return best;
    }
}
