namespace SmallCapDashboard.Data.Entities;

/// <summary>
/// One trading day of an instrument, stored in the canonical <c>price</c> basis: OHLC adjusted for
/// splits only (dividends not added back) and split-adjusted volume. The <c>total</c> basis is
/// <c>Close × TotalReturnFactor</c>: the factor is cumulative (1.0 on the symbol's first stored bar,
/// growing at each ex-dividend day), so only ratios of total-basis values are meaningful.
/// </summary>
public class DailyBar
{
    public int InstrumentId { get; set; }

    public Instrument? Instrument { get; set; }

    public DateOnly Date { get; set; }

    public double Open { get; set; }

    public double High { get; set; }

    public double Low { get; set; }

    public double Close { get; set; }

    public double Volume { get; set; }

    /// <summary>Multiplier from the price basis to the total-return basis for this bar (see the class remarks).</summary>
    public double TotalReturnFactor { get; set; } = 1.0;

    /// <summary>Where the bar came from, e.g. <c>bundle:yfinance</c>, <c>import:yahoo:SPY.yahoo.csv</c>.</summary>
    public required string Source { get; set; }
}
