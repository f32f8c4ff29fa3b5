using System.Globalization;

namespace SmallCapDashboard.Data.Bundle;

/// <summary>
/// Builds <c>flows/model_anchors.csv</c> from the yfinance <c>Ticker.info</c> snapshot named by the manifest: per
/// bundled fund with both values, AUM = <c>totalAssets</c>, NAV = <c>navPrice</c> and shares outstanding = AUM ÷ NAV
/// (the <c>sharesOutstanding</c> column is blank for half the funds and from another moment for the rest), dated the
/// manifest's anchor date. Written in the bundle's flow-file format so the seeder reads it with the same reader.
/// </summary>
internal static class ModelAnchorsBuilder
{
    public static List<BundleFlowRow> Build(string sharedDataFolder, BundleAnchors anchors, IEnumerable<string> symbols)
    {
        var path = Path.Combine(sharedDataFolder, anchors.SourceFile);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new InvalidDataException($"{path}: empty.");
        }

        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new InvalidDataException($"{path}, line 1: no '{name}' column.");
        var cSymbol = Column("symbol");
        var cAssets = Column("totalAssets");
        var cNav = Column("navPrice");
        var wanted = new HashSet<string>(symbols, StringComparer.OrdinalIgnoreCase);
        var rows = new List<BundleFlowRow>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            var cells = lines[n].Split(',');
            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"{path}, line {n + 1}: {cells.Length} cells where the header has {header.Length}.");
            }

            if (!wanted.Contains(cells[cSymbol]))
            {
                continue;
            }

            if (!double.TryParse(cells[cAssets], NumberStyles.Float, CultureInfo.InvariantCulture, out var aum) || !(aum > 0)
                || !double.TryParse(cells[cNav], NumberStyles.Float, CultureInfo.InvariantCulture, out var nav) || !(nav > 0))
            {
                throw new InvalidDataException($"{path}, line {n + 1}: totalAssets and navPrice must be positive numbers.");
            }

            rows.Add(new BundleFlowRow(anchors.Date, cells[cSymbol].ToUpperInvariant(), aum / nav, nav, null, aum));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
        return rows;
    }
}
