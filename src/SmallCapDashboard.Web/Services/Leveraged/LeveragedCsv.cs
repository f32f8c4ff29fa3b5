using System.Globalization;
using SmallCapDashboard.Web.Endpoints;

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
        return CsvTable.Write(Columns, csv =>
        {
            foreach (var f in model.Funds)
            {
                for (var i = 0; i < f.Dates.Length; i++)
                {
                    csv.WriteField(CsvTable.Date(f.Dates[i]));
                    csv.WriteField(f.Symbol);
                    csv.WriteField(f.Beta.ToString("R", CultureInfo.InvariantCulture));
                    csv.WriteField(f.IndexSymbol);
                    csv.WriteField(CsvTable.Number(f.FundReturn[i]));
                    csv.WriteField(CsvTable.Number(f.BetaIndexReturn[i]));
                    csv.WriteField(CsvTable.Number(f.DailyResetPath[i]));
                    csv.WriteField(CsvTable.Number(f.CompoundingDrag[i]));
                    csv.WriteField(CsvTable.Number(f.TrackingDifference[i]));
                    csv.EndRecord();
                }
            }
        });
    }
}
