using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.PriceBases;

namespace SmallCapDashboard.Data.Queries;

/// <summary>
/// The bars of one symbol as index-aligned arrays, ascending by date, in <see cref="Basis"/>
/// (<see cref="PriceBasis.Total"/>: OHLC anchored like an adjusted close, see <see cref="InBasis"/>; volume unchanged).
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

    /// <summary>
    /// This price-basis series in <paramref name="basis"/>. The total basis is anchored like an adjusted close: on the
    /// anchor session (the last bar on or before <paramref name="asOf"/>; the last bar when null) every price equals the
    /// traded one, earlier prices are lowered by the distributions paid since (OHLC × factor / anchor factor), so a
    /// frozen as-of keeps its numbers when bars are added and returns never depend on the anchor.
    /// </summary>
    /// <exception cref="InvalidOperationException">This series is already in the total basis.</exception>
    public BarSeries InBasis(PriceBasis basis, DateOnly? asOf = null)
    {
        if (basis == PriceBasis.Price && Basis == PriceBasis.Price)
        {
            return this;
        }

        if (Basis != PriceBasis.Price)
        {
            throw new InvalidOperationException($"{Symbol} is already in the {Basis} basis; convert from the price basis.");
        }

        var anchor = PriceBases.AnchorIndex(Dates, asOf);
        if (anchor < 0)
        {
            return this with { Basis = basis };
        }

        return this with
        {
            Basis = basis,
            Open = PriceBases.ToTotal(Open, TotalReturnFactor, anchor),
            High = PriceBases.ToTotal(High, TotalReturnFactor, anchor),
            Low = PriceBases.ToTotal(Low, TotalReturnFactor, anchor),
            Close = PriceBases.ToTotal(Close, TotalReturnFactor, anchor),
        };
    }

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
