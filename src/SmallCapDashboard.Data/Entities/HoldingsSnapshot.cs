namespace SmallCapDashboard.Data.Entities;

/// <summary>
/// What a fund held on one day, as its issuer published it (iShares fund workbook or holdings CSV, Direxion
/// holdings CSV). One snapshot per fund and as-of date; a later import of the same day replaces it.
/// </summary>
public class HoldingsSnapshot
{
    public int Id { get; set; }

    public int InstrumentId { get; set; }

    public Instrument? Instrument { get; set; }

    /// <summary>The issuer's "holdings as of" date.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>Where it came from, e.g. <c>iShares fund file</c>, <c>iShares holdings CSV</c>, <c>Direxion holdings CSV</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The file name it was read from (without folders).</summary>
    public string File { get; set; } = "";

    /// <summary>The fund's name as the file gives it (e.g. <c>iShares Russell 2000 ETF</c>).</summary>
    public string FundName { get; set; } = "";

    /// <summary>Shares outstanding the file states for the as-of date; null when it states none.</summary>
    public double? SharesOutstanding { get; set; }

    public DateTime ImportedUtc { get; set; }

    public List<Holding> Holdings { get; set; } = [];
}
