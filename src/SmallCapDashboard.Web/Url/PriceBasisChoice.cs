namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The price basis named in the URL (<c>basis=price|total</c>): <c>price</c> = split-adjusted, dividends
/// not added back (the default); <c>total</c> = splits and dividends (total return).
/// </summary>
public enum PriceBasisChoice
{
    Price,
    Total,
}

/// <summary>Text forms of <see cref="PriceBasisChoice"/>.</summary>
public static class PriceBasisChoices
{
    /// <summary>The URL token.</summary>
    public static string Token(PriceBasisChoice basis) => basis == PriceBasisChoice.Total ? "total" : "price";

    /// <summary>The label printed on every figure.</summary>
    public static string Label(PriceBasisChoice basis) =>
        basis == PriceBasisChoice.Total ? "total return (splits and dividends)" : "price (split-adjusted, dividends not added back)";

    /// <summary>Short label for chart titles.</summary>
    public static string Short(PriceBasisChoice basis) => basis == PriceBasisChoice.Total ? "total-return basis" : "price basis";
}
