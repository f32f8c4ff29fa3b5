namespace SmallCapDashboard.Data.Bundle;

/// <summary>
/// One row of a bundled price file (<c>data/bundle/prices/SYM.csv</c>): the canonical <c>price</c> basis
/// (split-adjusted OHLC and volume) and the cumulative total-return factor (1.0 on the first bar).
/// </summary>
public readonly record struct BundleBar(
    DateOnly Date, double Open, double High, double Low, double Close, double Volume, double TotalReturnFactor);
