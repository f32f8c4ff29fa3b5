namespace SmallCapDashboard.Data.Seed;

/// <summary>A fund day to bulk-insert (see <see cref="BulkInserter"/>). Null = not reported.</summary>
internal readonly record struct FundDayRow(
    int InstrumentId, DateOnly Date, double? SharesOutstanding, double? Nav, double? NetFlow, double? Aum, string Source, bool Modelled);
