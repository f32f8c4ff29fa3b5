using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Data.Tests.Bundle;

/// <summary>Paths of the committed bundle (<c>data/bundle</c>) and small readers that do not use the code under test.</summary>
internal static class BundleFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "data", "bundle");

    public static string Prices(string symbol) => Path.Combine(Folder, "prices", symbol + ".csv");

    public static string RealFlows => Path.Combine(Folder, "flows", "real_2026.csv");

    /// <summary>Data rows of a CSV file (lines after the header), split on commas.</summary>
    public static List<string[]> Rows(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];

    /// <summary>Close (column <paramref name="column"/>) by date (first column, first 10 characters) of a CSV file.</summary>
    public static Dictionary<DateOnly, double> CloseByDate(string path, int column) =>
        Rows(path).ToDictionary(
            r => DateOnly.ParseExact(r[0][..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            r => double.Parse(r[column], System.Globalization.CultureInfo.InvariantCulture));
}
