using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Web.Url;

/// <summary>
/// Text forms of Analytics' <see cref="PriceBasis"/> in the URL (<c>basis=price|total</c>) and on screen: <c>price</c> =
/// split-adjusted, dividends not added back (the default); <c>total</c> = splits and dividends (total return).
/// </summary>
public static class PriceBasisText
{
    /// <summary>The URL token.</summary>
    public static string Token(PriceBasis basis) => basis == PriceBasis.Total ? "total" : "price";

    /// <summary>The label printed on every figure.</summary>
    public static string Label(PriceBasis basis) =>
        basis == PriceBasis.Total ? "total return (splits and dividends)" : "price (split-adjusted, dividends not added back)";

    /// <summary>Short label for chart titles.</summary>
    public static string Short(PriceBasis basis) => basis == PriceBasis.Total ? "total-return basis" : "price basis";
}
