using SmallCapDashboard.Data.Bundle;

namespace SmallCapDashboard.Data.Seed;

/// <summary>The bundle read into memory: manifest, bars per symbol, real flow rows per flow file.</summary>
internal sealed record LoadedBundle(
    BundleManifest Manifest,
    Dictionary<string, List<BundleBar>> Bars,
    List<(BundleFlows File, List<BundleFlowRow> Rows)> Flows)
{
    public static LoadedBundle Load(string folder, IProgress<SeedProgress>? progress)
    {
        var manifest = BundleManifest.Load(folder);
        var bars = new Dictionary<string, List<BundleBar>>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < manifest.Instruments.Count; k++)
        {
            var m = manifest.Instruments[k];
            progress?.Report(new SeedProgress("reading bundle", m.Symbol, k, manifest.Instruments.Count));
            bars[m.Symbol] = BundleCsv.ReadPrices(Path.Combine(folder, m.Prices.File));
        }

        var flows = new List<(BundleFlows, List<BundleFlowRow>)>();
        foreach (var f in manifest.Flows)
        {
            flows.Add((f, BundleCsv.ReadFlows(Path.Combine(folder, f.File))));
        }

        return new LoadedBundle(manifest, bars, flows);
    }
}
