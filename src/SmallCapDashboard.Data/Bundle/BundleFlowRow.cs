namespace SmallCapDashboard.Data.Bundle;

/// <summary>One row of <c>data/bundle/flows/real_2026.csv</c>; null = not reported by the source.</summary>
public sealed record BundleFlowRow(
    DateOnly Date, string Symbol, double? SharesOutstanding, double? Nav, double? NetFlow, double? Aum);
