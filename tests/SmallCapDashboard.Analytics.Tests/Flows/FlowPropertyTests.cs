using CsCheck;
using SmallCapDashboard.Analytics.Flows;

namespace SmallCapDashboard.Analytics.Tests.Flows;

public class FlowPropertyTests
{
    private static readonly Gen<(DateOnly[] Dates, double?[] Flows)> Daily =
        Gen.Select(Gen.Int[1, 9].Array[0, 150], Gen.Int[-500, 500].Array[150])
            .Select((gaps, amounts) =>
            {
                var dates = new DateOnly[gaps.Length];
                var flows = new double?[gaps.Length];
                var day = new DateOnly(2021, 3, 1);
                for (var i = 0; i < gaps.Length; i++)
                {
                    day = day.AddDays(gaps[i]);
                    dates[i] = day;
                    flows[i] = amounts[i] % 5 == 0 ? null : amounts[i];
                }

                return (dates, flows);
            });

    [Fact]
    public void TrailingAverage_AnyFlows_EqualsMeanOfReportedSessionsInWindow()
    {
        Daily.Sample(t =>
        {
            var (dates, flows) = t;
            var avg = FlowMath.TrailingAverage(dates, flows);
            for (var i = 0; i < dates.Length; i++)
            {
                // Brute force: scan every earlier session whose date is in (date − 30, date].
                double sum = 0;
                var n = 0;
                for (var j = 0; j <= i; j++)
                {
                    if (dates[j].DayNumber > dates[i].DayNumber - 30 && flows[j] is { } f)
                    {
                        sum += f;
                        n++;
                    }
                }

                var expected = n == 0 ? (double?)null : sum / n;
                if (expected is null ? avg[i] is not null : avg[i] is null || Math.Abs(avg[i]!.Value - expected.Value) > 1e-9)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void Cumulative_AnyFlows_LastReportedValueIsTotalOfReported()
    {
        Daily.Sample(t =>
        {
            var c = FlowMath.Cumulative(t.Flows);
            double total = 0;
            var last = -1;
            for (var i = 0; i < t.Flows.Length; i++)
            {
                if (t.Flows[i] is { } f)
                {
                    total += f;
                    last = i;
                }

                if ((t.Flows[i] is null) != (c[i] is null))
                {
                    return false;
                }
            }

            return last < 0 || c[last] == total;
        });
    }

    [Fact]
    public void Monthly_AnyFlows_BucketSumsAddUpToDailyTotal()
    {
        Daily.Sample(t =>
        {
            double total = 0, bucketTotal = 0;
            foreach (var f in t.Flows)
            {
                total += f ?? 0;
            }

            var sessions = 0;
            foreach (var b in FlowAggregation.Monthly(t.Dates, t.Flows))
            {
                bucketTotal += b.Sum ?? 0;
                sessions += b.Sessions;
            }

            return bucketTotal == total && sessions == t.Dates.Length;
        });
    }
}
