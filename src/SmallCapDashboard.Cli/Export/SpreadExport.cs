using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.PriceBases;

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
        var a = await SeriesAsync(store, small, request.Basis, ct);
        var b = await SeriesAsync(store, large, request.Basis, ct);
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

        return csv.Rows;
    }

    private static async Task<DatedSeries> SeriesAsync(StoredSeries store, string symbol, PriceBasis basis, CancellationToken ct)
    {
        var stored = await store.BarsAsync(symbol, ct);
        var closes = new double[stored.Bars.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            closes[i] = stored.Bars[i].Close;
        }

        return new DatedSeries(stored.Dates, PriceBases.Select(basis, closes, stored.Factors));
    }
}
