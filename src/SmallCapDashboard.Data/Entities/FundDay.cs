namespace SmallCapDashboard.Data.Entities;

/// <summary>
/// One day of a fund's creations and redemptions. Missing values stay null (never zero).
/// Net flow in US dollars: (shares(t) − shares(t−1)) × NAV(t) when derived, or as given by a source.
/// </summary>
public class FundDay
{
    public int InstrumentId { get; set; }

    public Instrument? Instrument { get; set; }

    public DateOnly Date { get; set; }

    public double? SharesOutstanding { get; set; }

    public double? Nav { get; set; }

    /// <summary>Net flow in US dollars (positive = creations, negative = redemptions).</summary>
    public double? NetFlow { get; set; }

    /// <summary>Assets under management in US dollars (shares × NAV).</summary>
    public double? Aum { get; set; }

    /// <summary>Where the row came from, e.g. <c>isaergun/etf-flows-data</c>, <c>ProShares historical NAV</c>, <c>model:v1</c>.</summary>
    public required string Source { get; set; }

    /// <summary>True when the row comes from the demo flow model rather than a real source.</summary>
    public bool Modelled { get; set; }
}
