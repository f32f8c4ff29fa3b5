using System.Globalization;

namespace SmallCapDashboard.Cli.Tests.Harness;

/// <summary>An exported CSV parsed back for assertions (plain split: exports quote nothing numeric).</summary>
internal sealed class ExportedCsv
{
    private readonly Dictionary<string, int> columns;

    public ExportedCsv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Header = lines[0].Split(',');
        columns = Header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        Rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
    }

    public string[] Header { get; }

    public string[][] Rows { get; }

    public string[] Dates => Column("Date");

    /// <summary>The raw cells of a column.</summary>
    public string[] Column(string name) => Rows.Select(r => r[columns[name]]).ToArray();

    /// <summary>A column as numbers; an empty cell is NaN.</summary>
    public double[] Numbers(string name) =>
        Column(name).Select(c => c.Length == 0 ? double.NaN : double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The raw cell of a column on a date.</summary>
    public string Cell(string date, string name) => Rows.Single(r => r[0] == date)[columns[name]];

    /// <summary>The number in a column on a date.</summary>
    public double Number(string date, string name) =>
        double.Parse(Cell(date, name), NumberStyles.Float, CultureInfo.InvariantCulture);
}
