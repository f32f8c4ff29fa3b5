using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Leverage;

/// <summary>
/// Distribution of compounding drag (fractions) over all windows of one holding period. Percentiles interpolate
/// linearly between order statistics at rank p·(n − 1) (the common "type 7" definition). NaN statistics when
/// <paramref name="Count"/> is 0.
/// </summary>
/// <param name="Holding">The holding period.</param>
/// <param name="Count">Number of windows.</param>
/// <param name="Mean">Mean drag.</param>
/// <param name="Min">Smallest (most negative) drag.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Max">Largest drag.</param>
public sealed record DragDistribution(
    Period Holding, int Count, double Mean, double Min, double P5, double P25, double Median, double P75, double P95, double Max)
{
    /// <summary>Summarises <paramref name="values"/> (sorted in place).</summary>
    /// <param name="holding">The holding period.</param>
    /// <param name="values">The drags; reordered.</param>
    /// <returns>The distribution.</returns>
    internal static DragDistribution From(Period holding, Span<double> values)
    {
        if (values.Length == 0)
        {
            return new DragDistribution(holding, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        values.Sort();
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return new DragDistribution(
            holding,
            values.Length,
            sum / values.Length,
            values[0],
            Percentile(values, 0.05),
            Percentile(values, 0.25),
            Percentile(values, 0.5),
            Percentile(values, 0.75),
            Percentile(values, 0.95),
            values[^1]);
    }

    /// <summary>Type-7 percentile of sorted values: interpolates at rank p·(n − 1).</summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
