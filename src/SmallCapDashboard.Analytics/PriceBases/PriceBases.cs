using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.PriceBases;

/// <summary>
/// Converts stored prices to the <see cref="PriceBasis.Total"/> basis. Storage keeps the <see cref="PriceBasis.Price"/>
/// basis (split-adjusted, dividends not added back) plus a cumulative total-return factor per bar (growing by each
/// distribution). The total basis is anchored like an adjusted close (DESIGN.md "Conventions"): on the anchor session
/// (the view's as-of date, or the last stored session) it equals the traded close, and every earlier price is lowered
/// by the distributions paid since: <c>total[i] = price[i] × factor[i] / factor[anchor]</c>. Returns between any two
/// sessions do not depend on the anchor; prices up to the anchor do not change when later bars are added.
/// </summary>
public static class PriceBases
{
    /// <summary>
    /// The total-basis series anchored at <paramref name="anchorIndex"/>:
    /// <c>total[i] = priceBasis[i] × (totalReturnFactor[i] / totalReturnFactor[anchorIndex])</c>, so
    /// <c>total[anchorIndex] = priceBasis[anchorIndex]</c> exactly. A NaN in either input gives NaN at that index.
    /// </summary>
    /// <param name="priceBasis">Split-adjusted values (price basis).</param>
    /// <param name="totalReturnFactor">Cumulative total-return factors, same length, positive.</param>
    /// <param name="anchorIndex">The session whose price is kept (the as-of session).</param>
    /// <returns>A new array in the total basis.</returns>
    /// <exception cref="ArgumentException">The lengths differ, or the anchor's factor is not a positive number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The anchor is outside the series.</exception>
    public static double[] ToTotal(ReadOnlySpan<double> priceBasis, ReadOnlySpan<double> totalReturnFactor, int anchorIndex)
    {
        Guard.SameLength(priceBasis.Length, totalReturnFactor.Length, nameof(priceBasis), nameof(totalReturnFactor));
        if (priceBasis.Length == 0)
        {
            return [];
        }

        Guard.IndexInRange(anchorIndex, priceBasis.Length, nameof(anchorIndex));
        var anchor = totalReturnFactor[anchorIndex];
        if (!(anchor > 0) || !double.IsFinite(anchor))
        {
            throw new ArgumentException($"The total-return factor at the anchor (index {anchorIndex}) must be a positive number, not {anchor}.", nameof(totalReturnFactor));
        }

        var result = new double[priceBasis.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = i == anchorIndex ? priceBasis[i] : priceBasis[i] * (totalReturnFactor[i] / anchor);
        }

        return result;
    }

    /// <summary>
    /// The anchor session of a series for an as-of date: the last session on or before <paramref name="asOf"/>
    /// (the first session when as-of precedes them all), or the last session when <paramref name="asOf"/> is null.
    /// -1 for an empty series.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="asOf">The view's as-of date; null anchors at the last stored session (exports).</param>
    /// <returns>The anchor index, or -1.</returns>
    public static int AnchorIndex(DateOnly[] dates, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Length == 0)
        {
            return -1;
        }

        if (asOf is not { } a)
        {
            return dates.Length - 1;
        }

        return Math.Max(0, DateSearch.IndexOnOrBefore(dates, a));
    }
}
