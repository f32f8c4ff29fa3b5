namespace SmallCapDashboard.Data.Import;

/// <summary>
/// One daily bar in the canonical <c>price</c> basis (split-adjusted OHLC and volume, dividends not added back)
/// plus the cumulative total-return factor: total close = <see cref="Close"/> × <see cref="TotalReturnFactor"/>.
/// Parsers normalise the factor to 1.0 on the file's first bar; only ratios of factors are meaningful.
/// </summary>
public readonly record struct CanonicalBar(
    DateOnly Date,
    double Open,
    double High,
    double Low,
    double Close,
    double Volume,
    double TotalReturnFactor);
