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
    public static string Write(DateOnly[] dates, IReadOnlyList<(string Name, double[] Values)> columns)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, true))
        {
            csv.WriteField("Date");
            foreach (var (name, _) in columns)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            for (var i = 0; i < dates.Length; i++)
            {
                csv.WriteField(dates[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (var (_, values) in columns)
                {
                    var v = values[i];
                    csv.WriteField(double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "");
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return text.ToString();
    }

    /// <summary>A CSV download named <paramref name="fileName"/>.</summary>
    public static IResult File(string fileName, DateOnly[] dates, IReadOnlyList<(string Name, double[] Values)> columns) =>
        Results.File(Encoding.UTF8.GetBytes(Write(dates, columns)), "text/csv; charset=utf-8", fileName);
}
