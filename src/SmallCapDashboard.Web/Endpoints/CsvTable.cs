using System.Globalization;
using System.Text;
using CsvHelper;

namespace SmallCapDashboard.Web.Endpoints;

/// <summary>
/// Writes a dated table as CSV with CsvHelper: invariant culture, round-trip precision ("R"), empty cells for
/// NaN (warm-up or missing).
/// </summary>
public static class CsvTable
{
    /// <summary>The CSV text: <c>Date</c> plus one column per series (each aligned with <paramref name="dates"/>).</summary>
    public static string Write(DateOnly[] dates, IReadOnlyList<(string Name, double[] Values)> columns) =>
        Write(["Date", .. columns.Select(c => c.Name)], csv =>
        {
            for (var i = 0; i < dates.Length; i++)
            {
                csv.WriteField(Date(dates[i]));
                foreach (var (_, values) in columns)
                {
                    csv.WriteField(Number(values[i]));
                }

                csv.EndRecord();
            }
        });

    /// <summary>
    /// The CSV text ("\n" line ends): the <paramref name="header"/> row, then whatever <paramref name="writeRows"/>
    /// writes (it ends each record itself).
    /// </summary>
    public static string Write(IReadOnlyList<string> header, Action<CsvWriter> writeRows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(writeRows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            writeRows(csv);
            csv.Flush();
        }

        return text.ToString();
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Round-trip ("R") text of a number; empty when missing or not finite.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A CSV download named <paramref name="fileName"/>.</summary>
    public static IResult File(string fileName, DateOnly[] dates, IReadOnlyList<(string Name, double[] Values)> columns) =>
        Results.File(Encoding.UTF8.GetBytes(Write(dates, columns)), "text/csv; charset=utf-8", fileName);
}
