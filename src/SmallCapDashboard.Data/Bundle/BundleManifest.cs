using System.Text.Json;
using System.Text.Json.Serialization;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Bundle;

/// <summary>
/// <c>data/bundle/manifest.json</c>: the instruments of the bundled dataset with their metadata, the source file,
/// vendor, origin, licence and end date of each price series, and the real flow files.
/// </summary>
public sealed record BundleManifest(int Version, IReadOnlyList<BundleInstrument> Instruments, IReadOnlyList<BundleFlows> Flows)
{
    /// <summary>The real AUM snapshot the modelled flows are scaled to (optional; without it the model keeps its generic size).</summary>
    public BundleAnchors? ModelAnchors { get; init; }

    /// <summary>The manifest's file name inside a bundle folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    /// <summary>Reads and checks the manifest in <paramref name="bundleFolder"/>.</summary>
    /// <exception cref="InvalidDataException">The file is missing, not JSON, or lacks a required field (named in the message).</exception>
    public static BundleManifest Load(string bundleFolder)
    {
        var path = Path.Combine(bundleFolder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: bundle manifest not found.");
        }

        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid bundle manifest ({ex.Message}).", ex);
        }

        if (manifest?.Instruments is null || manifest.Flows is null)
        {
            throw new InvalidDataException($"{path}: 'instruments' and 'flows' are required.");
        }

        for (var i = 0; i < manifest.Instruments.Count; i++)
        {
            var instrument = manifest.Instruments[i];
            if (string.IsNullOrWhiteSpace(instrument.Symbol) || instrument.Prices is null
                || string.IsNullOrWhiteSpace(instrument.Prices.File) || string.IsNullOrWhiteSpace(instrument.Prices.SourceFile))
            {
                throw new InvalidDataException($"{path}: instruments[{i}] needs 'symbol', 'prices.file' and 'prices.sourceFile'.");
            }
        }

        return manifest;
    }

    /// <summary>The instrument with this symbol, or null.</summary>
    public BundleInstrument? Find(string symbol)
    {
        foreach (var instrument in Instruments)
        {
            if (string.Equals(instrument.Symbol, symbol, StringComparison.OrdinalIgnoreCase))
            {
                return instrument;
            }
        }

        return null;
    }
}

/// <summary>One bundled instrument: catalogue metadata plus where its prices come from.</summary>
public sealed record BundleInstrument(
    string Symbol,
    string Name,
    InstrumentKind Kind,
    double Leverage,
    string? Benchmark,
    SizeGroup SizeGroup,
    string? Issuer,
    BundlePrices Prices);

/// <summary>
/// A bundled price series: <see cref="File"/> (in the bundle) normalised from <see cref="SourceFile"/>
/// (under <c>../shared/data</c>) in <see cref="Format"/>, cut at <see cref="EndDate"/>.
/// </summary>
public sealed record BundlePrices(
    string File,
    string SourceFile,
    DateOnly EndDate,
    string Format,
    string Vendor,
    string Origin,
    string Licence);

/// <summary>A bundled real flow file (<see cref="File"/>) merged from <see cref="SourceFiles"/> for <see cref="Symbols"/>.</summary>
public sealed record BundleFlows(
    string File,
    IReadOnlyList<string> SourceFiles,
    string Origin,
    string Vendor,
    string Licence,
    IReadOnlyList<string> Symbols);

/// <summary>
/// The real fund sizes on one day (<see cref="Date"/>) that anchor the modelled shares outstanding: <see cref="File"/>
/// (in the bundle: one row per fund, <c>SharesOutstanding = Aum ÷ Nav</c>) built from <see cref="SourceFile"/>
/// (a yfinance <c>Ticker.info</c> snapshot with <c>totalAssets</c> and <c>navPrice</c>).
/// </summary>
public sealed record BundleAnchors(string File, string SourceFile, DateOnly Date, string Origin, string Licence);

