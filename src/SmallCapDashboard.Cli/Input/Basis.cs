namespace SmallCapDashboard.Cli.Input;

/// <summary>Parses the <c>--basis</c> option: <c>price</c> (the default) or <c>total</c>.</summary>
internal static class Basis
{
    /// <summary>The values <c>--basis</c> accepts.</summary>
    public static readonly string[] Names = ["price", "total"];

    /// <summary>True for the total-return basis, false for the price basis.</summary>
    public static bool IsTotal(string? value) => (value ?? "price").Trim().ToLowerInvariant() switch
    {
        "price" => false,
        "total" => true,
        _ => throw new CliException($"--basis: '{value}' is not a basis (expected price or total)."),
    };
}
