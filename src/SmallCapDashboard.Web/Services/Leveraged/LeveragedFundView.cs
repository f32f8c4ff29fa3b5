using SmallCapDashboard.Analytics.Leverage;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>
/// One leveraged or inverse fund against its index over the window, on the dates both share, from the window's
/// base close (index 0 of every array; returns are 0 there). All returns and drags are fractions (0.05 = +5 %).
/// </summary>
/// <param name="Symbol">The fund.</param>
/// <param name="Beta">The fund's daily multiple β (TNA 3, TZA −3).</param>
/// <param name="IndexSymbol">The index the fund is compared with.</param>
/// <param name="Dates">Common dates from the base close to the window end.</param>
/// <param name="FundReturn">The fund's actual cumulative return.</param>
/// <param name="BetaIndexReturn">β × the index's cumulative return.</param>
/// <param name="DailyResetPath">Π(1 + β·r) − 1: what a perfect daily-reset fund would have returned.</param>
/// <param name="CompoundingDrag">Daily-reset path − β × index return.</param>
/// <param name="TrackingDifference">Fund return − daily-reset path (fees, financing, distributions).</param>
/// <param name="RealisedVolatility">Annualised volatility of the index's daily log returns over the window (fraction per √year).</param>
/// <param name="Years">Length of the window in years (sessions / 252).</param>
/// <param name="Expected">Drag expected from volatility alone: (β² − β)/2 · σ² · t in log units, and as a return.</param>
/// <param name="Distributions">Compounding drag over every holding window of 1W, 1M, 3M and 1Y in the shared history up to the window end.</param>
/// <param name="FundLastDate">The fund's last bar.</param>
/// <param name="IndexLastDate">The index's last bar.</param>
public sealed record LeveragedFundView(
    string Symbol,
    double Beta,
    string IndexSymbol,
    DateOnly[] Dates,
    double[] FundReturn,
    double[] BetaIndexReturn,
    double[] DailyResetPath,
    double[] CompoundingDrag,
    double[] TrackingDifference,
    double RealisedVolatility,
    double Years,
    ExpectedDrag Expected,
    IReadOnlyList<DragDistribution> Distributions,
    DateOnly? FundLastDate,
    DateOnly? IndexLastDate)
{
    /// <summary>Sessions in the window after the base close.</summary>
    public int Sessions => Math.Max(Dates.Length - 1, 0);

    /// <summary>The base close's date (null when there is no common data).</summary>
    public DateOnly? BaseDate => Dates.Length == 0 ? null : Dates[0];

    /// <summary>The window's last common date.</summary>
    public DateOnly? EndDate => Dates.Length == 0 ? null : Dates[^1];

    /// <summary>Value of a series at the window's end (NaN when empty).</summary>
    public static double Last(double[] values) => values.Length == 0 ? double.NaN : values[^1];
}
