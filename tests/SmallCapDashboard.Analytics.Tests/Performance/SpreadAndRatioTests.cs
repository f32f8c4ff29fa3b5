using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class SpreadAndRatioTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Spread_SmallLags_NegativePercentagePoints()
    {
        // IWM −0.6 %, S&P +10.4 % → −0.6 − 10.4 = −11.0 pp.
        var s = Spread.Compute([0.0, -0.006], [0.0, 0.104]);
        Assert.Equal(0.0, s[0]);
        Assert.Equal(-11.0, s[1], 12);
    }

    [Fact]
    public void Spread_NaN_PropagatesNaN()
    {
        Assert.True(double.IsNaN(Spread.Compute([double.NaN], [0.1])[0]));
    }

    [Fact]
    public void Spread_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => Spread.Compute([0.1], [0.1, 0.2]));
    }

    [Fact]
    public void Ratio_AtBase_IsOneAndTracksOutperformance()
    {
        // a: 50 → 55 (+10 %), b: 200 → 210 (+5 %): ratio = (55/210) / (50/200) = 1.1 / 1.05.
        var r = RelativeStrength.Ratio([48.0, 50.0, 55.0], [190.0, 200.0, 210.0], 1);
        Assert.True(double.IsNaN(r[0]));
        Assert.Equal(1.0, r[1]);
        Assert.Equal(1.1 / 1.05, r[2], 14);
    }

    [Fact]
    public void Ratio_ZeroBase_ThrowsNamingBase()
    {
        var ex = Assert.Throws<ArgumentException>(() => RelativeStrength.Ratio([1.0], [0.0], 0));
        Assert.Equal("baseIndex", ex.ParamName);
    }

    [Fact]
    public void RatioSeries_CommonDatesOnly_RawQuotient()
    {
        var a = new DatedSeries([D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 4)], [10.0, 12.0, double.NaN]);
        var b = new DatedSeries([D(2024, 1, 3), D(2024, 1, 4), D(2024, 1, 5)], [4.0, 5.0, 6.0]);
        var r = RelativeStrength.RatioSeries(a, b);
        // Common dates: 01-03 and 01-04; 01-04 has a NaN numerator and is left out. 12 / 4 = 3.
        Assert.Equal([D(2024, 1, 3)], r.Dates);
        Assert.Equal([3.0], r.Values);
    }

    [Fact]
    public void Align_DisjointGaps_KeepsIntersectionWithValues()
    {
        var a = new DatedSeries([D(2024, 1, 1), D(2024, 1, 2), D(2024, 1, 4), D(2024, 1, 5)], [1, 2, 4, 5]);
        var b = new DatedSeries([D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 5), D(2024, 1, 6)], [20, 30, 50, 60]);
        var (dates, va, vb) = SeriesAlignment.Align(a, b);
        Assert.Equal([D(2024, 1, 2), D(2024, 1, 5)], dates);
        Assert.Equal([2.0, 5.0], va);
        Assert.Equal([20.0, 50.0], vb);
    }

    [Fact]
    public void Align_Empty_ReturnsEmpty()
    {
        var (dates, va, vb) = SeriesAlignment.Align(DatedSeries.Empty, new DatedSeries([D(2024, 1, 1)], [1.0]));
        Assert.Empty(dates);
        Assert.Empty(va);
        Assert.Empty(vb);
    }

    [Fact]
    public void RollingSpread_TwoSessions_DifferenceOfReturnsInPoints()
    {
        var s = RollingSpread.Compute([100.0, 102.0, 104.0, 101.0], [50.0, 50.0, 51.0, 52.0], 2);
        Assert.True(double.IsNaN(s[0]));
        Assert.True(double.IsNaN(s[1]));
        // i = 2: a 104/100 − 1 = 4 %, b 51/50 − 1 = 2 % → 2 pp.
        Assert.Equal(((104.0 / 100 - 1) - (51.0 / 50 - 1)) * 100, s[2], 12);
        // i = 3: a 101/102 − 1, b 52/50 − 1.
        Assert.Equal(((101.0 / 102 - 1) - (52.0 / 50 - 1)) * 100, s[3], 12);
    }

    [Fact]
    public void RollingSpread_ShorterThanWindow_AllNaN()
    {
        var s = RollingSpread.Compute([1.0, 2.0], [1.0, 2.0], 5);
        Assert.All(s, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void RollingSpread_ZeroSessions_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RollingSpread.Compute([1.0], [1.0], 0));
        Assert.Equal("sessions", ex.ParamName);
    }
}
