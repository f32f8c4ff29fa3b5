using SmallCapDashboard.Data.Bundle;

namespace SmallCapDashboard.Data.Seed;

/// <summary>The bundle read into memory: manifest, bars per symbol, real flow rows per flow file.</summary>
internal sealed record LoadedBundle(
    BundleManifest Manifest,
    Dictionary<string, List<BundleBar>> Bars,
    List<(BundleFlows File, List<BundleFlowRow> Rows)> Flows)
{
    /// <summary>The real fund sizes the modelled flows are scaled to, by symbol (empty when the manifest names none).</summary>
    public Dictionary<string, BundleFlowRow> Anchors { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public static LoadedBundle Load(string folder, IProgress<SeedProgress>? progress)
    {
        var manifest = BundleManifest.Load(folder);
        // The price files are independent: read them in parallel, then index them by symbol.
        var instruments = manifest.Instruments;
        var read = new List<BundleBar>[instruments.Count];
        try
        {
            Parallel.For(0, instruments.Count, k => read[k] = BundleCsv.ReadPrices(Path.Combine(folder, instruments[k].Prices.File)));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        var bars = new Dictionary<string, List<BundleBar>>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < instruments.Count; k++)
        {
            bars[instruments[k].Symbol] = read[k];
        }

        progress?.Report(new SeedProgress("reading bundle", null, instruments.Count, instruments.Count));

        var flows = new List<(BundleFlows, List<BundleFlowRow>)>();
        foreach (var f in manifest.Flows)
        {
            flows.Add((f, BundleCsv.ReadFlows(Path.Combine(folder, f.File))));
        }

        var anchors = new Dictionary<string, BundleFlowRow>(StringComparer.OrdinalIgnoreCase);
        if (manifest.ModelAnchors is { } a)
        {
            foreach (var row in BundleCsv.ReadFlows(Path.Combine(folder, a.File)))
            {
                anchors[row.Symbol] = row;
            }
        }

        return new LoadedBundle(manifest, bars, flows) { Anchors = anchors };
    }
}
