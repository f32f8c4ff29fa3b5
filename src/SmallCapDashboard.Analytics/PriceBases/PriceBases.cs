using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.PriceBases;

/// <summary>
/// Converts between the two price bases. Storage keeps the <see cref="PriceBasis.Price"/> basis
/// (split-adjusted, dividends not added back) plus a cumulative total-return factor per bar
/// (1.0 on a symbol's first bar, growing by each dividend); total = price × factor.
/// </summary>
public static class PriceBases
{
    /// <summary>
    /// The <see cref="PriceBasis.Total"/> series: <c>total[i] = priceBasis[i] × totalReturnFactor[i]</c>.
    /// A NaN in either input gives NaN at that index.
    /// </summary>
    /// <param name="priceBasis">Split-adjusted closes (price basis).</param>
    /// <param name="totalReturnFactor">Cumulative total-return factors, same length.</param>
    /// <returns>A new array in the total basis.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double[] ToTotal(ReadOnlySpan<double> priceBasis, ReadOnlySpan<double> totalReturnFactor)
    {
        Guard.SameLength(priceBasis.Length, totalReturnFactor.Length, nameof(priceBasis), nameof(totalReturnFactor));
        var result = new double[priceBasis.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = priceBasis[i] * totalReturnFactor[i];
        }

        return result;
    }

    /// <summary>
    /// The <see cref="PriceBasis.Price"/> series back from a total-basis one:
    /// <c>price[i] = total[i] / totalReturnFactor[i]</c>. NaN in either input gives NaN.
    /// </summary>
    /// <param name="totalBasis">Split- and dividend-adjusted closes (total basis).</param>
    /// <param name="totalReturnFactor">Cumulative total-return factors, same length, positive.</param>
    /// <returns>A new array in the price basis.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double[] ToPrice(ReadOnlySpan<double> totalBasis, ReadOnlySpan<double> totalReturnFactor)
    {
        Guard.SameLength(totalBasis.Length, totalReturnFactor.Length, nameof(totalBasis), nameof(totalReturnFactor));
        var result = new double[totalBasis.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = totalBasis[i] / totalReturnFactor[i];
        }

        return result;
    }

    /// <summary>
    /// The series in the requested basis from stored price-basis values and factors: a copy of
    /// <paramref name="priceBasis"/> for <see cref="PriceBasis.Price"/>, <see cref="ToTotal"/> for
    /// <see cref="PriceBasis.Total"/>.
    /// </summary>
    /// <param name="basis">The basis wanted.</param>
    /// <param name="priceBasis">Split-adjusted values (price basis).</param>
    /// <param name="totalReturnFactor">Cumulative total-return factors, same length.</param>
    /// <returns>A new array in <paramref name="basis"/>.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Unknown basis.</exception>
    public static double[] Select(PriceBasis basis, ReadOnlySpan<double> priceBasis, ReadOnlySpan<double> totalReturnFactor)
    {
        Guard.SameLength(priceBasis.Length, totalReturnFactor.Length, nameof(priceBasis), nameof(totalReturnFactor));
        return basis switch
        {
            PriceBasis.Price => priceBasis.ToArray(),
            PriceBasis.Total => ToTotal(priceBasis, totalReturnFactor),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown price basis."),
        };
    }

    /// <summary>
    /// Bars in the requested basis from price-basis bars and factors: for <see cref="PriceBasis.Total"/>
    /// open, high, low and close are multiplied by the bar's factor (the dividend adjustment applies to
    /// the whole session); volume is unchanged. For <see cref="PriceBasis.Price"/> a copy.
    /// </summary>
    /// <param name="basis">The basis wanted.</param>
    /// <param name="priceBasisBars">Split-adjusted bars (price basis).</param>
    /// <param name="totalReturnFactor">Cumulative total-return factor per bar, same length.</param>
    /// <returns>A new array of bars in <paramref name="basis"/>.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Unknown basis.</exception>
    public static OhlcvBar[] Select(PriceBasis basis, ReadOnlySpan<OhlcvBar> priceBasisBars, ReadOnlySpan<double> totalReturnFactor)
    {
        Guard.SameLength(priceBasisBars.Length, totalReturnFactor.Length, nameof(priceBasisBars), nameof(totalReturnFactor));
        switch (basis)
        {
            case PriceBasis.Price:
                return priceBasisBars.ToArray();
            case PriceBasis.Total:
                var result = new OhlcvBar[priceBasisBars.Length];
                for (var i = 0; i < result.Length; i++)
                {
                    var b = priceBasisBars[i];
                    var f = totalReturnFactor[i];
                    result[i] = new OhlcvBar(b.Date, b.Open * f, b.High * f, b.Low * f, b.Close * f, b.Volume);
                }

                return result;
            default:
                throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown price basis.");
        }
    }
}
