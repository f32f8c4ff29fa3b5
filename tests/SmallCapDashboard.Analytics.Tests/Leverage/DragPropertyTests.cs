using CsCheck;
using SmallCapDashboard.Analytics.Leverage;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Leverage;

public class DragPropertyTests
{
    private static readonly double[] Betas = [3.0, -3.0, 2.0, -1.0];
    private static readonly Period[] Holdings = [Period.W1, Period.M1, Period.M3];

    [Fact]
    public void DragByHoldingPeriod_AnySeries_MatchesBruteForceProducts()
    {
        var gen =
            from gaps in Gen.Int[1, 4].Array[2, 160]
            from moves in Gen.Double[-0.08, 0.08].Array[160]
            from betaIndex in Gen.Int[0, 3]
            from holdingIndex in Gen.Int[0, 2]
            select (gaps, moves, beta: Betas[betaIndex], holding: Holdings[holdingIndex]);
        gen.Sample(t =>
        {
            var n = t.gaps.Length;
            var dates = new DateOnly[n];
            var closes = new double[n];
            var day = new DateOnly(2019, 1, 1);
            var level = 100.0;
            for (var i = 0; i < n; i++)
            {
                day = day.AddDays(t.gaps[i]);
                level *= 1 + t.moves[i];
                dates[i] = day;
                closes[i] = level;
            }

            // Brute force: for each end, scan back for the last date on or before end − holding, multiply factors.
            var expected = new List<double>();
            for (var e = 1; e < n; e++)
            {
                var target = t.holding switch
                {
                    Period.W1 => dates[e].AddDays(-7),
                    Period.M1 => dates[e].AddMonths(-1),
                    _ => dates[e].AddMonths(-3),
                };
                var s = -1;
                for (var j = 0; j < e; j++)
                {
                    if (dates[j] <= target)
                    {
                        s = j;
                    }
                }

                if (s < 0)
                {
                    continue;
                }

                var product = 1.0;
                for (var k = s + 1; k <= e; k++)
                {
                    product *= 1 + t.beta * (closes[k] / closes[k - 1] - 1);
                }

                expected.Add(product - 1 - t.beta * (closes[e] / closes[s] - 1));
            }

            var dist = LeverageMath.DragByHoldingPeriod(dates, closes, t.beta, t.holding);
            if (dist.Count != expected.Count)
            {
                return false;
            }

            if (expected.Count == 0)
            {
                return double.IsNaN(dist.Mean);
            }

            expected.Sort();
            return Math.Abs(dist.Min - expected[0]) < 1e-9
                && Math.Abs(dist.Max - expected[^1]) < 1e-9
                && Math.Abs(dist.Mean - expected.Average()) < 1e-9;
        });
    }
}
