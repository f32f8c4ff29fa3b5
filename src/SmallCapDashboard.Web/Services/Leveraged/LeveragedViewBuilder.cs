using SmallCapDashboard.Analytics.Leverage;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>Pure computation of the <c>/leveraged</c> figures for one fund against an index. No I/O.</summary>
public static class LeveragedViewBuilder
{
    /// <summary>Trading sessions per year, used for annualised volatility and the window length in years.</summary>
    public const int SessionsPerYear = 252;

    /// <summary>The holding periods of the drag distribution table.</summary>
    public static IReadOnlyList<Period> Holdings { get; } = [Period.W1, Period.M1, Period.M3, Period.Y1];

    /// <summary>
    /// The fund against β × the index over [<paramref name="from"/>, <paramref name="to"/>] on the dates both have,
    /// measured from the base close (the last common close before <paramref name="from"/>, else the first common
    /// close). Give both series in the same basis.
    /// </summary>
    public static LeveragedFundView Build(BarSeries fund, BarSeries index, double beta, DateOnly? from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(index);
        var (dates, fundCloses, indexCloses) = fund.Count == 0 || index.Count == 0
            ? ([], [], [])
            : SeriesAlignment.Align(fund.Closes(), index.Closes());
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(dates, to);
        if (end < 1)
        {
            return Empty(fund, index, beta);
        }

        var baseIndex = from is { } f ? Periods.WindowBaseIndex(dates, f) ?? 0 : 0;
        if (baseIndex >= end)
        {
            return Empty(fund, index, beta);
        }

        var span = end + 1;
        var f0 = fundCloses.AsSpan(0, span);
        var i0 = indexCloses.AsSpan(0, span);
        var fundReturn = Returns.Cumulative(f0, baseIndex);
        var indexReturn = Returns.Cumulative(i0, baseIndex);
        var betaIndex = new double[span];
        for (var i = 0; i < span; i++)
        {
            betaIndex[i] = beta * indexReturn[i];
        }

        var path = LeverageMath.DailyResetPath(i0, beta, baseIndex);
        var drag = LeverageMath.CompoundingDrag(i0, beta, baseIndex);
        var tracking = LeverageMath.TrackingDifference(f0, i0, beta, baseIndex);
        var vol = LeverageMath.RealisedVolatility(i0, baseIndex, end, SessionsPerYear);
        var years = (double)(end - baseIndex) / SessionsPerYear;
        var expected = LeverageMath.Expected(beta, double.IsNaN(vol) ? 0 : vol, years, indexReturn[end]);

        var history = dates[..span];
        var distributions = new DragDistribution[Holdings.Count];
        for (var h = 0; h < distributions.Length; h++)
        {
            distributions[h] = LeverageMath.DragByHoldingPeriod(history, i0, beta, Holdings[h]);
        }

        var r = baseIndex..span;
        return new LeveragedFundView(
            fund.Symbol, beta, index.Symbol, dates[r], fundReturn[r], betaIndex[r], path[r], drag[r], tracking[r],
            vol, years, expected, distributions, fund.LastDate, index.LastDate);
    }

    private static LeveragedFundView Empty(BarSeries fund, BarSeries index, double beta) =>
        new(fund.Symbol, beta, index.Symbol, [], [], [], [], [], [], double.NaN, 0,
            LeverageMath.Expected(beta, 0, 0, 0), [], fund.LastDate, index.LastDate);
}
