namespace SmallCapDashboard.Data.Entities;

/// <summary>One line of a <see cref="HoldingsSnapshot"/>. Values the file marks as not applicable (<c>--</c>) stay null.</summary>
public class Holding
{
    public long Id { get; set; }

    public int SnapshotId { get; set; }

    public HoldingsSnapshot? Snapshot { get; set; }

    /// <summary>0-based position in the file (the issuer's order, usually by weight).</summary>
    public int Position { get; set; }

    public string Ticker { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The issuer's sector, e.g. <c>Financials</c>, <c>Cash and/or Derivatives</c>; empty when the file gives none.</summary>
    public string Sector { get; set; } = "";

    public string AssetClass { get; set; } = "";

    /// <summary>Market value in US dollars.</summary>
    public double? MarketValue { get; set; }

    /// <summary>Weight in percent of the fund (4.5 = 4.5%).</summary>
    public double? WeightPercent { get; set; }

    /// <summary>Shares or contracts held.</summary>
    public double? Quantity { get; set; }

    public double? Price { get; set; }
}
