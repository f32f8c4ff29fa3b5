namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>A bar as stored, for comparison with an import.</summary>
internal readonly record struct StoredBar(
    DateOnly Date, double Open, double High, double Low, double Close, double Volume, double TotalReturnFactor, string Source);
