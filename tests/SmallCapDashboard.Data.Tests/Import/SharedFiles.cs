using System.Globalization;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>Reads columns of the real files directly (not through the importer) to get expected values.</summary>
internal static class SharedFiles
{
    public static string Prices(string name) => RepoPaths.SharedData("prices", name);

    public static string Formats(string name) => RepoPaths.SharedData("formats", name);

    public static string Flows(string name) => RepoPaths.SharedData("flows", name);

    public static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", name);

    /// <summary>Date → the numeric column <paramref name="column"/> (0-based) of a plain CSV with ISO dates first.</summary>
    public static Dictionary<DateOnly, double> Column(string path, int column)
    {
        var result = new Dictionary<DateOnly, double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            result[DateOnly.ParseExact(parts[0][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)] =
                double.Parse(parts[column], CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>Date → numeric column of the rows containing <paramref name="filter"/>; blank cells skipped.</summary>
    public static Dictionary<DateOnly, double> Column(string path, int column, string filter)
    {
        var result = new Dictionary<DateOnly, double>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Contains(filter, StringComparison.Ordinal)))
        {
            var parts = line.Split(',');
            if (parts[column].Length > 0)
            {
                result[DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] = double.Parse(parts[column], CultureInfo.InvariantCulture);
            }
        }

        return result;
    }

    public static int DataLinesContaining(string path, string text) =>
        File.ReadLines(path).Skip(1).Count(l => l.Contains(text, StringComparison.Ordinal));

    public static int DataLines(string path) => File.ReadLines(path).Skip(1).Count(l => l.Trim().Length > 0);
}
