using System.Globalization;
using CsvHelper;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Analytics.Tests.Reference;

/// <summary>A dated numeric table from ../shared/data/reference (empty cell = NaN = warm-up).</summary>
public sealed record ReferenceTable(DateOnly[] Dates, IReadOnlyDictionary<string, double[]> Columns)
{
    public double[] this[string column] => Columns.TryGetValue(column, out var values)
        ? values
        : throw new KeyNotFoundException($"Reference column '{column}' not found.");
}

/// <summary>One row of crossovers.csv.</summary>
public sealed record ReferenceCross(DateOnly Date, string Pair, string Type, double Fast, double Slow);

/// <summary>Reads the TA-Lib reference CSV files with CsvHelper (first row = header).</summary>
public static class ReferenceCsv
{
    public static string PathOf(string set, string file) => RepoPaths.SharedData("reference", set, file);

    public static ReferenceTable LoadTable(string set, string file)
    {
        var rows = ReadAll(PathOf(set, file), out var header);
        var dates = new DateOnly[rows.Count];
        var columns = new double[header.Length - 1][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new double[rows.Count];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            dates[r] = ParseDate(rows[r][0]);
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = rows[r][c + 1];
                columns[c][r] = cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);
            }
        }

        var map = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++)
        {
            map[header[c + 1]] = columns[c];
        }

        return new ReferenceTable(dates, map);
    }

    public static IReadOnlyList<ReferenceCross> LoadCrosses(string set)
    {
        var rows = ReadAll(PathOf(set, "crossovers.csv"), out var header);
        Assert.Equal(["Date", "Pair", "Type", "Fast", "Slow"], header);
        var result = new List<ReferenceCross>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(new ReferenceCross(
                ParseDate(row[0]),
                row[1],
                row[2],
                double.Parse(row[3], CultureInfo.InvariantCulture),
                double.Parse(row[4], CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string[]> ReadAll(string path, out string[] header)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var reader = CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
        if (!reader.Read())
        {
            throw new InvalidDataException($"{path}: empty file");
        }

        header = Fields(reader);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = Fields(reader);
            if (row.Length != header.Length)
            {
                throw new InvalidDataException($"{path}: line {rows.Count + 2} has {row.Length} fields, header has {header.Length}");
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i).Trim();
        }

        return fields;
    }
}
