using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Web.Charts;

/// <summary>
/// Picks which points of aligned line series reach the browser: LTTB over a shared x-index (so hover stays
/// aligned across traces), keeping marked indices such as crosses and each series' extremes.
/// </summary>
public static class ChartReduction
{
    /// <summary>
    /// Indices into the window [0, count) to draw: all of them when count ≤ <paramref name="target"/>, otherwise an
    /// LTTB selection over every series in <paramref name="ys"/> that keeps <paramref name="keep"/> and the minimum and
    /// maximum of each series.
    /// </summary>
    public static int[] SelectIndices(int count, IReadOnlyList<double[]> ys, int target, IEnumerable<int>? keep = null)
    {
        if (count <= target)
        {
            var all = new int[count];
            for (var i = 0; i < count; i++)
            {
                all[i] = i;
            }

            return all;
        }

        var kept = new HashSet<int>(keep ?? []);
        kept.UnionWith(Lttb.ExtremeIndices(ys));
        kept.RemoveWhere(i => i < 0 || i >= count);
        var x = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = i;
        }

        return Lttb.SelectIndices(x, ys, target, kept);
    }

    /// <summary>The elements of <paramref name="values"/> at <paramref name="indices"/>.</summary>
    public static T[] Pick<T>(T[] values, int[] indices)
    {
        var result = new T[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            result[i] = values[indices[i]];
        }

        return result;
    }
}
