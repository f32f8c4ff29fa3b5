using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Cli.Export;

/// <summary>
/// <c>export spread --small S --large L</c>: <c>Date,SmallReturn,LargeReturn,Spread,Ratio</c> on the dates both
/// share. Returns are fractions from the base close (the last common close before <c>--from</c>, or the first
/// common bar when there is none), the spread is in percentage points, the ratio is 1.0 at the base.
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
        var (dates, smallCloses, largeCloses) = SeriesAlignment.Align(a, b);
        if (dates.Length == 0)
        {
            throw new CliException($"{small} and {large} share no dates; nothing to compare.");
        }

        var baseIndex = request.Window.From is { } from ? Periods.WindowBaseIndex(dates, from) ?? 0 : 0;
        var smallReturn = Returns.Cumulative(smallCloses, baseIndex);
        var largeReturn = Returns.Cumulative(largeCloses, baseIndex);
        var spread = Spread.Compute(smallReturn, largeReturn);
        var ratio = RelativeStrength.Ratio(smallCloses, largeCloses, baseIndex);

        await using var csv = CsvOutput.Open(request.Out, stdout, Header);
        for (var i = baseIndex; i < dates.Length; i++)
        {
            if (request.Window.Contains(dates[i]))
            {
                csv.Write(Cells.Date(dates[i]), Cells.Number(smallReturn[i]), Cells.Number(largeReturn[i]), Cells.Number(spread[i]), Cells.Number(ratio[i]));
            }
        }

        await csv.CompleteAsync();
        return csv.Rows;
    }
}
