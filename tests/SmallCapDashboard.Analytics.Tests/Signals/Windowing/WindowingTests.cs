using CsCheck;
using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Analytics.Tests.Indicators;

namespace SmallCapDashboard.Analytics.Tests.Signals;

public sealed class WindowingTests
{
    [Fact]
    public void IndexRange_WindowBetweenSessions_InclusiveBothEnds()
    {
        // Mon 2024-01-01 … Fri 2024-01-12 (10 weekdays); a window Sat 01-06 … Wed 01-10 holds Mon 8, Tue 9, Wed 10.
        var dates = TestDates.Weekdays(10);

        var (start, count) = Windowing.IndexRange(dates, new DateOnly(2024, 1, 6), new DateOnly(2024, 1, 10));

        Assert.Equal((5, 3), (start, count));
    }

    [Theory]
    [InlineData("2023-01-01", "2023-12-31")]
    [InlineData("2024-02-01", "2024-03-01")]
    [InlineData("2024-01-10", "2024-01-05")]
    public void IndexRange_NoSessionInside_Empty(string from, string to)
    {
        var dates = TestDates.Weekdays(10);

        Assert.Equal(0, Windowing.IndexRange(dates, DateOnly.Parse(from), DateOnly.Parse(to)).Count);
    }

    [Fact]
    public void Cut_SmaOverWindow_IsFullHistoryValuesNotRecomputed()
    {
        // SMA(3) of 1..10: on the full history the value on index 4 is (3+4+5)/3 = 4, even though a window
        // starting at index 4 holds no earlier data.
        var dates = TestDates.Weekdays(10);
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        var cut = Windowing.Cut(dates, Sma.Calculate(values, 3), dates[4], dates[6]);

        Assert.Equal([dates[4], dates[5], dates[6]], cut.Dates);
        Assert.Equal([4.0, 5.0, 6.0], cut.Values);
    }

    [Fact]
    public void Cut_RegimeIntervals_ClippedToWindow()
    {
        var dates = TestDates.Weekdays(8);
        var regimes = RsiRegimes.Find(dates, [60, 60, 60, 60, 40, 40, 40, 40]);

        var cut = Windowing.Cut(regimes.Regimes, dates, dates[2], dates[5]);

        Assert.Equal(
            [
                new RsiInterval(RsiZone.UpperRegime, dates[2], dates[3], 2, 3, false),
                new RsiInterval(RsiZone.LowerRegime, dates[4], dates[5], 4, 5, false),
            ],
            cut);
    }

    /// <summary>Dates for a generated series, with a week missing now and then (indicators are index based).</summary>
    private static DateOnly[] DatesFor(int length)
    {
        var dates = TestDates.Weekdays(length + (length / 50 * 5));
        var result = new DateOnly[length];
        for (int i = 0, j = 0; i < length; i++, j++)
        {
            if (i > 0 && i % 50 == 0)
            {
                j += 5;
            }

            result[i] = dates[j];
        }

        return result;
    }

    [Fact]
    public void Cut_NarrowerWindow_NeverChangesAValue()
    {
        // For windows [a, b] ⊇ [c, d]: cutting [c, d] from the full history equals cutting [c, d] out of the
        // [a, b] cut — for indicator values, crosses and regime intervals.
        var gen = Gen.Select(IndicatorPropertyTests.Prices, Gen.Int[0, 399].Array[4]);
        gen.Sample((prices, picks) =>
        {
            var n = prices.Length;
            var dates = DatesFor(n);
            Array.Sort(picks);
            var (a, c, d, b) = (picks[0] % n, picks[1] % n, picks[2] % n, picks[3] % n);
            (a, c, d, b) = Sorted(a, c, d, b);
            var sma = Sma.Calculate(prices, 5);
            var wide = Windowing.Cut(dates, sma, dates[a], dates[b]);
            var narrow = Windowing.Cut(dates, sma, dates[c], dates[d]);
            var narrowOfWide = Windowing.Cut(wide.Dates, wide.Values, dates[c], dates[d]);
            Assert.Equal(narrow.Dates, narrowOfWide.Dates);
            Assert.Equal(narrow.Values, narrowOfWide.Values);

            var crosses = MovingAverageCrosses.Find(dates, Sma.Calculate(prices, 3), Sma.Calculate(prices, 8));
            Assert.Equal(
                Windowing.Cut(crosses, dates[c], dates[d]),
                Windowing.Cut(Windowing.Cut(crosses, dates[a], dates[b]), dates[c], dates[d]));

            var regimes = RsiRegimes.Find(dates, Rsi.Calculate(prices, 5)).Regimes;
            Assert.Equal(
                Windowing.Cut(regimes, dates, dates[c], dates[d]),
                Windowing.Cut(Windowing.Cut(regimes, dates, dates[a], dates[b]), dates, dates[c], dates[d]));
        });
    }

    [Fact]
    public void Signals_PrefixOfHistory_SameEventsUpToTheCut()
    {
        // No look-ahead: crosses, and divergences up to their confirmation date, found on a shorter history are
        // exactly those the full history finds up to the cut.
        Gen.Select(IndicatorPropertyTests.Prices, Gen.Int[0, 400]).Sample((prices, cutAt) =>
        {
            var n = prices.Length;
            var k = Math.Min(cutAt, n);
            var dates = DatesFor(n);
            var prefixDates = dates[..k];
            var prefix = prices[..k];

            var full = MovingAverageCrosses.Find(dates, Sma.Calculate(prices, 3), Sma.Calculate(prices, 8));
            var part = MovingAverageCrosses.Find(prefixDates, Sma.Calculate(prefix, 3), Sma.Calculate(prefix, 8));
            Assert.Equal(full.Where(x => x.Index < k), part);

            var fullDiv = Divergences.Find(dates, prices, Rsi.Calculate(prices, 5), 3, 40);
            var partDiv = Divergences.Find(prefixDates, prefix, Rsi.Calculate(prefix, 5), 3, 40);
            Assert.Equal(fullDiv.Where(x => x.ConfirmedIndex < k), partDiv);
        });
    }

    private static (int, int, int, int) Sorted(int a, int b, int c, int d)
    {
        int[] x = [a, b, c, d];
        Array.Sort(x);
        return (x[0], x[1], x[2], x[3]);
    }
}
