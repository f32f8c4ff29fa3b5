using System.Diagnostics.CodeAnalysis;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// The URL tokens of relative ranges (DESIGN.md: <c>range=1w|1m|3m|6m|ytd|1y|3y|5y|10y|max</c>).
/// </summary>
public static class RangeTokens
{
    /// <summary>The lower-case token of a period, e.g. <c>1w</c>, <c>ytd</c>, <c>max</c>.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The token.</returns>
    public static string ToToken(Period period) => PeriodReturns.Label(period).ToLowerInvariant();

    /// <summary>Parses a range token, case-insensitively and ignoring surrounding spaces.</summary>
    /// <param name="token">The token, e.g. <c>1W</c> or <c>ytd</c>.</param>
    /// <param name="period">The period when the token is known.</param>
    /// <returns>True when the token names a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? token, out Period period)
    {
        period = default;
        if (token is null)
        {
            return false;
        }

        var t = token.Trim();
        foreach (var p in Periods.All)
        {
            if (string.Equals(t, ToToken(p), StringComparison.OrdinalIgnoreCase))
            {
                period = p;
                return true;
            }
        }

        return false;
    }
}
