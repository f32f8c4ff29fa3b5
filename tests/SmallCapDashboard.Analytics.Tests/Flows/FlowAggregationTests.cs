using CsCheck;
using SmallCapDashboard.Analytics.Flows;

namespace SmallCapDashboard.Analytics.Tests.Flows;

public class FlowAggregationTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Weekly_IsoWeeks_MondayStartAndMissingWeekNull()
    {
        // Fri 2024-01-05 | Mon 01-08, Wed 01-10 | Tue 01-16 (not reported) | Sun→ none | Mon 01-29
        DateOnly[] dates = [D(2024, 1, 5), D(2024, 1, 8), D(2024, 1, 10), D(2024, 1, 16), D(2024, 1, 29)];
        double?[] flows = [1.0, 2.0, 3.0, null, -4.0];
        var w = FlowAggregation.Weekly(dates, flows);
        Assert.Equal(4, w.Count);
        Assert.Equal(new FlowBucket(D(2024, 1, 1), D(2024, 1, 5), 1.0, 1, 1), w[0]);
        Assert.Equal(new FlowBucket(D(2024, 1, 8), D(2024, 1, 10), 2.0 + 3.0, 2, 2), w[1]);
        Assert.Equal(new FlowBucket(D(2024, 1, 15), D(2024, 1, 16), null, 0, 1), w[2]);
        Assert.Equal(new FlowBucket(D(2024, 1, 29), D(2024, 1, 29), -4.0, 1, 1), w[3]);
    }

    [Fact]
    public void Weekly_WeekAcrossYearEnd_OneBucket()
    {
        // ISO week of Mon 2024-12-30 runs to Sun 2025-01-05.
        var w = FlowAggregation.Weekly([D(2024, 12, 30), D(2025, 1, 2)], [1.0, 2.0]);
        Assert.Single(w);
        Assert.Equal(D(2024, 12, 30), w[0].PeriodStart);
        Assert.Equal(3.0, w[0].Sum);
    }

    [Fact]
    public void Monthly_CalendarMonths_SumsAndLastSession()
    {
        var m = FlowAggregation.Monthly([D(2024, 1, 30), D(2024, 1, 31), D(2024, 2, 1)], [1.0, null, 5.0]);
        Assert.Equal(2, m.Count);
        Assert.Equal(new FlowBucket(D(2024, 1, 1), D(2024, 1, 31), 1.0, 1, 2), m[0]);
        Assert.Equal(new FlowBucket(D(2024, 2, 1), D(2024, 2, 1), 5.0, 1, 1), m[1]);
    }

    [Fact]
    public void Weekly_AnyFlows_SumsEqualTheDailyFlowsTheyCover()
    {
        var gen = Gen.Select(Gen.Int[1, 6].Array[0, 120], Gen.Int[-1_000_000, 1_000_000].Array[120]);
        gen.Sample((gaps, amounts) =>
        {
            var dates = new DateOnly[gaps.Length];
            var flows = new double?[gaps.Length];
            var day = D(2020, 1, 1);
            for (var i = 0; i < gaps.Length; i++)
            {
                day = day.AddDays(gaps[i]);
                dates[i] = day;
                flows[i] = amounts[i] % 7 == 0 ? null : amounts[i];
            }

            var weeks = FlowAggregation.Weekly(dates, flows);
            var covered = 0;
            foreach (var w in weeks)
            {
                double expected = 0;
                var reported = 0;
                for (var i = 0; i < dates.Length; i++)
                {
                    if (dates[i] >= w.PeriodStart && dates[i] < w.PeriodStart.AddDays(7))
                    {
                        covered++;
                        if (flows[i] is { } f)
                        {
                            expected += f;
                            reported++;
                        }
                    }
                }

                if (w.PeriodStart.DayOfWeek != DayOfWeek.Monday || reported != w.ReportedDays
                    || (reported == 0 ? w.Sum is not null : w.Sum != expected))
                {
                    return false;
                }
            }

            return covered == dates.Length;
        });
    }
}
