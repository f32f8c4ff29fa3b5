using System.Globalization;
using CsvHelper;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>
/// The CSV of what the <c>/flows</c> charts show, at full daily resolution over the window: one row per fund and
/// stored day. Invariant culture, round-trip precision, empty cells for missing values.
/// </summary>
public static class FlowsCsv
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Date", "Fund", "NetFlow", "CumulativeFlow", "TrailingAverage30d", "Aum", "PercentOfAum", "Close", "Source", "Modelled"];

    /// <summary>The model as CSV text (header first, "\n" line ends).</summary>
    public static string Write(FlowsModel model)
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
            var p = 0;
            for (var i = 0; i < f.Count; i++)
            {
                while (p < f.PriceDates.Length && f.PriceDates[p] < f.Dates[i])
                {
                    p++;
                }

                csv.WriteField(f.Dates[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(f.Symbol);
                csv.WriteField(Number(f.NetFlow[i]));
                csv.WriteField(Number(f.Cumulative[i]));
                csv.WriteField(Number(f.TrailingAverage[i]));
                csv.WriteField(Number(f.Aum[i]));
                csv.WriteField(Number(f.PercentOfAum[i]));
                csv.WriteField(p < f.PriceDates.Length && f.PriceDates[p] == f.Dates[i] ? Number(f.PriceCloses[p]) : "");
                csv.WriteField(f.Source[i]);
                csv.WriteField(f.Modelled[i] ? "true" : "false");
                csv.EndRecord();
            }
        }

        csv.Flush();
        return text.ToString();
    }

    /// <summary>Round-trip text of a number; empty when missing.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
