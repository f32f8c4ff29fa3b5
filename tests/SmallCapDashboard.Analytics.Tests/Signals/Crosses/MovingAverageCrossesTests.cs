using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Analytics.Tests.Reference;

namespace SmallCapDashboard.Analytics.Tests.Signals;

public sealed class MovingAverageCrossesTests(ReferenceFixture reference) : IClassFixture<ReferenceFixture>
{
    [Theory]
    [InlineData("SYNA", 10, 50)]
    [InlineData("SYNA", 50, 200)]
    [InlineData("SYNB", 10, 50)]
    [InlineData("SYNB", 50, 200)]
    public void Find_SmaPairOnReferenceSet_SameDatesAndTypesAsCrossoversCsv(string set, int fastPeriod, int slowPeriod)
    {
        var data = reference[set];
        var pair = $"{fastPeriod}/{slowPeriod}";
        var expected = data.Crosses.Where(c => c.Pair == pair).ToList();
        Assert.NotEmpty(expected);

        var crosses = MovingAverageCrosses.Find(data.Dates, Sma.Calculate(data.Close, fastPeriod), Sma.Calculate(data.Close, slowPeriod));

        Assert.Equal(
            expected.Select(c => (c.Date, c.Type)),
            crosses.Select(c => (c.Date, c.Type == CrossType.Golden ? "golden" : "death")));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Fast, crosses[i].Fast, SeriesAssert.Tolerance);
            Assert.Equal(expected[i].Slow, crosses[i].Slow, SeriesAssert.Tolerance);
            Assert.Equal(data.Dates[crosses[i].Index], crosses[i].Date);
        }
    }

    [Fact]
    public void Find_HandBuiltSeries_CrossOnTheDayTheSignTurns()
    {
        // fast − slow: NaN, −1, −0.5, +0.5, +2, −1
        // first day both exist (index 1) is never a cross; index 3 turns positive (golden), index 5 negative (death)
        var dates = TestDates.Weekdays(6);
        double[] slow = [double.NaN, 10, 10, 10, 10, 10];
        double[] fast = [5, 9, 9.5, 10.5, 12, 9];

        var crosses = MovingAverageCrosses.Find(dates, fast, slow);

        Assert.Equal(2, crosses.Count);
        Assert.Equal(new CrossEvent(dates[3], 3, CrossType.Golden, 10.5, 10), crosses[0]);
        Assert.Equal(new CrossEvent(dates[5], 5, CrossType.Death, 9, 10), crosses[1]);
    }

    [Fact]
    public void Find_PositiveFirstDay_NoCrossOnFirstDay()
    {
        var dates = TestDates.Weekdays(3);

        var crosses = MovingAverageCrosses.Find(dates, [11, 12, 13], [10, 10, 10]);

        Assert.Empty(crosses);
    }

    [Fact]
    public void Find_TouchWithinTolerance_NoSignSoNoCross()
    {
        // +1, then equal within 1e-9 × slow (no sign), then +1 again: no cross.
        // +1, equal, −1: one death cross on the −1 day, not on the touch.
        var dates = TestDates.Weekdays(5);
        double[] slow = [100, 100, 100, 100, 100];
        double[] fast = [101, 100 + 5e-8, 101, 100 - 5e-8, 99];

        var crosses = MovingAverageCrosses.Find(dates, fast, slow);

        var death = Assert.Single(crosses);
        Assert.Equal(CrossType.Death, death.Type);
        Assert.Equal(4, death.Index);
    }

    [Fact]
    public void Find_DifferenceJustOutsideTolerance_CountsAsSign()
    {
        // 2e-7 above a slow of 100 is 2e-9 relative: outside the 1e-9 band, so it has a sign.
        var dates = TestDates.Weekdays(2);

        var crosses = MovingAverageCrosses.Find(dates, [99, 100 + 2e-7], [100, 100]);

        Assert.Equal(CrossType.Golden, Assert.Single(crosses).Type);
    }

    [Fact]
    public void Find_LengthMismatch_ThrowsNamingSlow()
    {
        var ex = Assert.Throws<ArgumentException>(() => MovingAverageCrosses.Find(TestDates.Weekdays(2), [1, 2], [1]));
        Assert.Equal("slow", ex.ParamName);
    }
}
