using System.Globalization;
using CsvHelper;
using SmallCapDashboard.Web.Services.Flows;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>
/// The CSV of what the <c>/leveraged</c> charts show, at full daily resolution from the base close: one row per fund
/// and common date. Fractions (0.05 = +5 %), invariant culture, round-trip precision.
/// </summary>
public static class LeveragedCsv
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Date", "Fund", "Beta", "Index", "FundReturn", "BetaIndexReturn", "DailyResetPath", "CompoundingDrag", "TrackingDifference"];

    /// <summary>The model as CSV text (header first, "\n" line ends).</summary>
    public static string Write(LeveragedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, true);
        foreach (var c in Columns)
        {
            csv.WriteField(c);
        }

        csv.EndRecord();
        foreach (var f in model.Funds)
        {
            for (var i = 0; i < f.Dates.Length; i++)
            {
                csv.WriteField(f.Dates[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(f.Symbol);
                csv.WriteField(f.Beta.ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField(f.IndexSymbol);
                csv.WriteField(FlowsCsv.Number(f.FundReturn[i]));
                csv.WriteField(FlowsCsv.Number(f.BetaIndexReturn[i]));
                csv.WriteField(FlowsCsv.Number(f.DailyResetPath[i]));
                csv.WriteField(FlowsCsv.Number(f.CompoundingDrag[i]));
                csv.WriteField(FlowsCsv.Number(f.TrackingDifference[i]));
                csv.EndRecord();
            }
        }

        csv.Flush();
        return text.ToString();
    }
}
