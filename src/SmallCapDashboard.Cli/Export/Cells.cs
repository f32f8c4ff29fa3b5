using System.Globalization;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// Formats CSV cells: invariant culture, round-trip precision, dates as <c>yyyy-MM-dd</c>,
/// and an empty cell for a missing value (NaN during warm-up, null when not reported).
/// </summary>
internal static class Cells
{
    /// <summary>A number with round-trip precision, or an empty cell for NaN or infinity.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A number with round-trip precision, or an empty cell when missing.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Flag(bool value) => value ? "true" : "false";
}
