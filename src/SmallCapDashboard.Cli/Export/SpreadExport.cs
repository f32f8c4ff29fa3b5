using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export spread --small S --large L</c>: <c>Date,SmallReturn,LargeReturn,Spread,Ratio</c> on the dates both
/// share: the spread rows of Analytics' <see cref="SpreadAnalysis"/> (the ones <c>/spread</c> and
/// <c>/export/spread.csv</c> show). Returns are fractions from the base close (the last common close before
/// <c>--from</c>, or the first common bar when there is none), the spread is in percentage points, the ratio is 1.0
/// at the base. The total basis is anchored at each symbol's last stored session.
/// </summary>
internal static class SpreadExport
{
    /// <summary>The exact header (a public contract).</summary>
    public static readonly string[] Header = ["Date", "SmallReturn", "LargeReturn", "Spread", "Ratio"];

    public static async Task<int> RunAsync(
        StoredSeries store, string small, string large, ExportRequest request, TextWriter stdout, CancellationToken ct)
    {
        var a = (await store.BarsAsync(small, request.Basis, ct)).Closes();
        var b = (await store.BarsAsync(large, request.Basis, ct)).Closes();
        if (SeriesAlignment.LatestCommonDate([a, b]) is not { } last)
        {
            throw new CliException($"{small} and {large} share no dates; nothing to compare.");
        }

        var rows = SpreadAnalysis.Compute(a, b, request.Window.From, request.Window.To ?? last);
        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        for (var i = 0; i < rows.Dates.Length; i++)
        {
            if (request.Window.Contains(rows.Dates[i]))
            {
                csv.Write(
                    Cells.Date(rows.Dates[i]), Cells.Number(rows.SmallReturn[i]), Cells.Number(rows.LargeReturn[i]),
                    Cells.Number(rows.Spread[i]), Cells.Number(rows.Ratio[i]));
            }
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
