namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>A fund-day as stored, for comparison with an import.</summary>
internal readonly record struct StoredFlow(
    int InstrumentId, DateOnly Date, double? SharesOutstanding, double? Nav, double? NetFlow, double? Aum, string Source, bool Modelled);
