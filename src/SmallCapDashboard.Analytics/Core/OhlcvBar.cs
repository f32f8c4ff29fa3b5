namespace SmallCapDashboard.Analytics.Core;

/// <summary>
/// One daily (or aggregated) bar: open, high, low, close and volume on <paramref name="Date"/>.
/// Prices are in the basis of the series the bar belongs to (usually <see cref="PriceBasis.Price"/>);
/// volume is in shares, split-adjusted.
/// </summary>
/// <param name="Date">The session date (for an aggregated bar, the period's last session).</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">Highest price.</param>
/// <param name="Low">Lowest price.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Volume in shares.</param>
public readonly record struct OhlcvBar(DateOnly Date, double Open, double High, double Low, double Close, double Volume);
