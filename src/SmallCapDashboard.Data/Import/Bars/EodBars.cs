using System.Globalization;

namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>
/// EOD-vendor files: raw traded OHLC and volume plus <c>Adjusted_close</c> (splits and dividends). With
/// r(t) = Adjusted_close / Close, a day-to-day step q = r(t) / r(t−1) close to a split-like ratio k (2, 3, 1.5,
/// 1/2, …) is a k-for-1 split on day t; the other, small steps are dividends. Bars before a split are divided
/// by k (volume multiplied by k). The total-return factor is r(t) divided by the split adjustment, so
/// price × factor is proportional to Adjusted_close exactly.
/// </summary>
internal static class EodBars
{
    /// <summary>Split ratios recognised (their reciprocals are reverse splits).</summary>
    private static readonly double[] SplitRatios = [1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 50, 100];

    /// <summary>How far a step may sit from a split ratio (a dividend paid on the split day moves it a little).</summary>
    private const double Tolerance = 0.08;

    public static CanonicalBar[] ToCanonical(IReadOnlyList<RawBar> rows, string file, List<string> warnings)
    {
        var n = rows.Count;
        // splitAfter[i]: product of split ratios of splits strictly after bar i.
        var splitAfter = new double[n];
        splitAfter[n - 1] = 1.0;
        for (var t = n - 1; t >= 1; t--)
        {
            var q = (rows[t].Extra / rows[t].Close) / (rows[t - 1].Extra / rows[t - 1].Close);
            var k = MatchSplit(q);
            if (k != 1.0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{file}: split {Describe(k)} detected on {rows[t].Date:yyyy-MM-dd} (line {rows[t].Line}); earlier bars adjusted"));
            }
            else if (q < 0.8 || q > 1.25)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{file}: unusual adjustment step ×{q:G6} on {rows[t].Date:yyyy-MM-dd} (line {rows[t].Line}), kept as a distribution"));
            }

            splitAfter[t - 1] = splitAfter[t] * k;
        }

        var result = new CanonicalBar[n];
        var factor0 = rows[0].Extra / rows[0].Close * splitAfter[0];
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var s = splitAfter[i];
            var factor = r.Extra / r.Close * s / factor0;
            result[i] = new CanonicalBar(r.Date, r.Open / s, r.High / s, r.Low / s, r.Close / s, r.Volume * s, factor);
        }

        return result;
    }

    /// <summary>The split ratio k a step q stands for, or 1.0 when it is not a split.</summary>
    internal static double MatchSplit(double q)
    {
        if (q > 1 / 1.4 && q < 1.4)
        {
            return 1.0;
        }

        foreach (var k in SplitRatios)
        {
            if (Math.Abs((q / k) - 1) <= Tolerance)
            {
                return k;
            }

            if (Math.Abs((q * k) - 1) <= Tolerance)
            {
                return 1 / k;
            }
        }

        return 1.0;
    }

    private static string Describe(double k) =>
        k >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{k:G4}-for-1")
               : string.Create(CultureInfo.InvariantCulture, $"1-for-{1 / k:G4} (reverse)");
}
