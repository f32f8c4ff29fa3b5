using System.Globalization;
using CsvHelper;

namespace SmallCapDashboard.Data.Bundle;

/// <summary>
/// Reads and writes the bundle's compact CSV files: invariant culture, <c>\n</c> line ends,
/// round-trip doubles, empty cell = missing.
/// </summary>
public static class BundleCsv
{
    /// <summary>Header of <c>prices/SYM.csv</c>.</summary>
    public static readonly string[] PriceHeader = ["Date", "Open", "High", "Low", "Close", "Volume", "TotalReturnFactor"];

    /// <summary>Header of <c>flows/real_2026.csv</c>.</summary>
    public static readonly string[] FlowHeader = ["Date", "Symbol", "SharesOutstanding", "Nav", "NetFlow", "Aum"];

    public static void WritePrices(string path, IReadOnlyList<BundleBar> bars)
    {
        using var csv = OpenWriter(path, PriceHeader);
        foreach (var b in bars)
        {
            csv.WriteField(b.Date);
            csv.WriteField(b.Open);
            csv.WriteField(b.High);
            csv.WriteField(b.Low);
            csv.WriteField(b.Close);
            csv.WriteField(b.Volume);
            csv.WriteField(b.TotalReturnFactor);
            csv.EndRecord();
        }
    }

    public static void WriteFlows(string path, IReadOnlyList<BundleFlowRow> rows)
    {
        using var csv = OpenWriter(path, FlowHeader);
        foreach (var r in rows)
        {
            csv.WriteField(r.Date);
            csv.WriteField(r.Symbol);
            csv.WriteField(r.SharesOutstanding);
            csv.WriteField(r.Nav);
            csv.WriteField(r.NetFlow);
            csv.WriteField(r.Aum);
            csv.EndRecord();
        }
    }

    /// <exception cref="InvalidDataException">Wrong header or a bad cell (file, line and field named).</exception>
    public static List<BundleBar> ReadPrices(string path)
    {
        var bars = new List<BundleBar>(8192);
        using var csv = OpenReader(path, PriceHeader);
        while (csv.Read())
        {
            bars.Add(new BundleBar(
                ReadDate(csv, path, 0), ReadDouble(csv, path, 1), ReadDouble(csv, path, 2), ReadDouble(csv, path, 3),
                ReadDouble(csv, path, 4), ReadDouble(csv, path, 5), ReadDouble(csv, path, 6)));
        }

        return bars;
    }

    /// <exception cref="InvalidDataException">Wrong header or a bad cell (file, line and field named).</exception>
    public static List<BundleFlowRow> ReadFlows(string path)
    {
        var rows = new List<BundleFlowRow>(512);
        using var csv = OpenReader(path, FlowHeader);
        while (csv.Read())
        {
            rows.Add(new BundleFlowRow(
                ReadDate(csv, path, 0), csv.GetString(1), ReadNullable(csv, path, 2), ReadNullable(csv, path, 3),
                ReadNullable(csv, path, 4), ReadNullable(csv, path, 5)));
        }

        return rows;
    }

    private static CsvWriter OpenWriter(string path, string[] header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var csv = CsvWriter.ToFile(path, new CsvWriterOptions { NewLine = "\n" });
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        return csv;
    }

    private static CsvReader OpenReader(string path, string[] header)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: bundle file not found.");
        }

        var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true });
        csv.ReadHeader();
        if (!csv.Headers.SequenceEqual(header))
        {
            csv.Dispose();
            throw new InvalidDataException($"{path}, line 1: expected header {string.Join(',', header)}.");
        }

        return csv;
    }

    private static DateOnly ReadDate(CsvReader csv, string path, int index) =>
        DateOnly.TryParseExact(csv.GetString(index), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad(csv, path, index);

    private static double ReadDouble(CsvReader csv, string path, int index) =>
        csv.TryParse<double>(index, out var v) && double.IsFinite(v) ? v : throw Bad(csv, path, index);

    private static double? ReadNullable(CsvReader csv, string path, int index) =>
        csv.IsEmpty(index) ? null : ReadDouble(csv, path, index);

    private static InvalidDataException Bad(CsvReader csv, string path, int index) =>
        new($"{path}, line {csv.LineNumber}, field {csv.Headers[index]}: bad value '{csv.GetString(index)}'.");
}
