using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Bundle;

/// <summary>
/// Rebuilds the bundle's data files from the original sources (<c>../shared/data</c>) with the project's own
/// importers: each manifest price file is parsed by <see cref="BarFileReader"/> into the canonical price basis
/// plus total-return factor and cut at the manifest's end date; the real flow files are merged per fund and day.
/// The manifest itself is the input and is not rewritten.
/// </summary>
public static class BundleBuilder
{
    /// <summary>Writes <c>prices/SYM.csv</c> (and the flow files) into <paramref name="bundleFolder"/>, whose manifest names the sources.</summary>
    /// <param name="sharedDataFolder">The folder holding <c>prices/</c> and <c>flows/</c> (e.g. <c>../shared/data</c>).</param>
    /// <param name="bundleFolder">The bundle folder holding <c>manifest.json</c>; files are written under it.</param>
    /// <returns>One line per file written, with the importer's warnings.</returns>
    /// <exception cref="ImportException">A source file is malformed.</exception>
    /// <exception cref="InvalidDataException">A source does not reach its manifest end date.</exception>
    public static IReadOnlyList<string> Build(string sharedDataFolder, string bundleFolder)
    {
        var manifest = BundleManifest.Load(bundleFolder);
        var report = new List<string>();
        foreach (var instrument in manifest.Instruments)
        {
            var bars = BuildPrices(sharedDataFolder, instrument, out var warnings);
            BundleCsv.WritePrices(Path.Combine(bundleFolder, instrument.Prices.File), bars);
            report.Add($"{instrument.Prices.File}: {bars.Count} bars {bars[0].Date:yyyy-MM-dd}..{bars[^1].Date:yyyy-MM-dd}"
                + (warnings.Count > 0 ? " (" + string.Join("; ", warnings) + ")" : ""));
        }

        foreach (var flows in manifest.Flows)
        {
            var rows = RealFlowsBuilder.Build(sharedDataFolder, flows);
            BundleCsv.WriteFlows(Path.Combine(bundleFolder, flows.File), rows);
            report.Add($"{flows.File}: {rows.Count} fund days");
        }

        if (manifest.ModelAnchors is { } anchors)
        {
            var rows = ModelAnchorsBuilder.Build(sharedDataFolder, anchors, manifest.Instruments.Select(i => i.Symbol));
            BundleCsv.WriteFlows(Path.Combine(bundleFolder, anchors.File), rows);
            report.Add($"{anchors.File}: {rows.Count} anchors on {anchors.Date:yyyy-MM-dd}");
        }

        return report;
    }

    /// <summary>The canonical bars of one manifest entry: parsed by the importer, cut at the end date.</summary>
    public static List<BundleBar> BuildPrices(string sharedDataFolder, BundleInstrument instrument, out IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var source = Path.Combine(sharedDataFolder, instrument.Prices.SourceFile);
        var format = Enum.Parse<BarFormat>(instrument.Prices.Format, ignoreCase: true);
        var end = instrument.Prices.EndDate;
        // Rows after the end date are not read: the sources' partial mid-session bars of 2025-12-26 (RWM, TWM: Open
        // below Low) would be refused, and the bundle never holds them.
        var parsed = BarFileReader.Read(source, format, new BarReadOptions(Through: end));
        warnings = parsed.Warnings;

        var bars = new List<BundleBar>(parsed.Bars.Count);
        foreach (var b in parsed.Bars)
        {
            if (b.Date <= end)
            {
                bars.Add(new BundleBar(b.Date, b.Open, b.High, b.Low, b.Close, b.Volume, b.TotalReturnFactor));
            }
        }

        if (bars.Count == 0 || bars[^1].Date != end)
        {
            throw new InvalidDataException(
                $"{source}: the manifest says {instrument.Symbol} ends on {end:yyyy-MM-dd}, but the file has no bar that day.");
        }

        // The bundle keeps the importer's convention: factor 1.0 on the first bar.
        var first = bars[0].TotalReturnFactor;
        if (first != 1.0)
        {
            for (var i = 0; i < bars.Count; i++)
            {
                bars[i] = bars[i] with { TotalReturnFactor = bars[i].TotalReturnFactor / first };
            }
        }

        return bars;
    }
}
