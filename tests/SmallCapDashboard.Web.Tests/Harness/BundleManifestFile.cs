using System.Globalization;
using System.Text.Json;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// Reads <c>data/bundle/manifest.json</c> directly with System.Text.Json (not through the app's manifest code), so
/// expected symbols and end dates come from the file users ship, not from the code under test.
/// </summary>
public static class BundleManifestFile
{
    /// <summary>Every bundled symbol with the end date of its price file.</summary>
    public static IReadOnlyList<(string Symbol, DateOnly EndDate)> PriceEndDates()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundleDatabase.Folder, "manifest.json")));
        var list = new List<(string, DateOnly)>();
        foreach (var instrument in doc.RootElement.GetProperty("instruments").EnumerateArray())
        {
            var symbol = instrument.GetProperty("symbol").GetString()!;
            var end = instrument.GetProperty("prices").GetProperty("endDate").GetString()!;
            list.Add((symbol, DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return list;
    }
}
