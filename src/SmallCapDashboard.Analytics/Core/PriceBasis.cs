namespace SmallCapDashboard.Analytics.Core;

/// <summary>
/// Which adjustment a price series carries (DESIGN.md "Conventions").
/// </summary>
public enum PriceBasis
{
    /// <summary>Split-adjusted, dividends not added back: what charting platforms and most articles show. The default.</summary>
    Price = 0,

    /// <summary>Adjusted for splits and dividends (total return): split-adjusted close × cumulative total-return factor.</summary>
    Total = 1,
}
