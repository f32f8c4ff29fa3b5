using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Queries;

/// <summary>
/// The bars of one symbol as index-aligned arrays, ascending by date, in <see cref="Basis"/>
/// (<see cref="PriceBasis.Total"/>: OHLC × the bar's total-return factor; volume unchanged).
/// <see cref="TotalReturnFactor"/> is the stored factor whatever the basis.
/// </summary>
public sealed record BarSeries(
    string Symbol,
    PriceBasis Basis,
    DateOnly[] Dates,
    double[] Open,
    double[] High,
    double[] Low,
    double[] Close,
    double[] Volume,
    double[] TotalReturnFactor)
{
    public int Count => Dates.Length;

    /// <summary>The last date, or null when there are no bars.</summary>
    public DateOnly? LastDate => Dates.Length == 0 ? null : Dates[^1];

    /// <summary>The closes as a dated series.</summary>
    public DatedSeries Closes() => new(Dates, Close);

    /// <summary>The bars as <see cref="OhlcvBar"/> values (for aggregation and candles).</summary>
    public OhlcvBar[] ToOhlcvBars()
    {
        var bars = new OhlcvBar[Dates.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            bars[i] = new OhlcvBar(Dates[i], Open[i], High[i], Low[i], Close[i], Volume[i]);
        }

        return bars;
    }
}
