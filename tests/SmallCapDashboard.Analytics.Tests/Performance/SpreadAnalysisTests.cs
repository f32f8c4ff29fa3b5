using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class SpreadAnalysisTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly DatedSeries Small = new(
        [D(2023, 12, 28), D(2023, 12, 29), D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 4)],
        [198.0, 200.0, 196.0, 198.8, 202.0]);

    // The large series misses 2024-01-03 (a data gap): the pair uses common dates only.
    private static readonly DatedSeries Large = new(
        [D(2023, 12, 28), D(2023, 12, 29), D(2024, 1, 2), D(2024, 1, 4)],
        [470.0, 475.0, 472.0, 479.75]);

    [Fact]
    public void Compute_YtdWindow_BaseRowThenCommonDates()
    {
        var s = SpreadAnalysis.Compute(Small, Large, D(2024, 1, 1), D(2024, 1, 4));
        Assert.Equal([D(2023, 12, 29), D(2024, 1, 2), D(2024, 1, 4)], s.Dates);
        Assert.Equal(D(2023, 12, 29), s.BaseDate);
        Assert.False(s.BaseFallback);
        Assert.Equal([0.0, 196.0 / 200 - 1, 202.0 / 200 - 1], s.SmallReturn);
        Assert.Equal(479.75 / 475 - 1, s.LargeReturn[2], 15);
        // Spread on 01-04: (1 % − 1 %) × 100 = 0 pp; on 01-02: (−2 % − (472/475 − 1)) × 100.
        Assert.Equal(((202.0 / 200 - 1) - (479.75 / 475 - 1)) * 100, s.Spread[2], 12);
        Assert.Equal(((196.0 / 200 - 1) - (472.0 / 475 - 1)) * 100, s.Spread[1], 12);
        Assert.Equal(1.0, s.Ratio[0]);
        Assert.Equal((202.0 / 479.75) / (200.0 / 475), s.Ratio[2], 14);
    }

    [Fact]
    public void Compute_NothingBeforeFrom_FirstCommonDateIsBaseAndFlagged()
    {
        var s = SpreadAnalysis.Compute(Small, Large, D(2023, 1, 1), D(2023, 12, 29));
        Assert.True(s.BaseFallback);
        Assert.Equal([D(2023, 12, 28), D(2023, 12, 29)], s.Dates);
        Assert.Equal(200.0 / 198 - 1, s.SmallReturn[1], 15);
    }

    [Fact]
    public void Compute_WindowWithoutCommonDate_OnlyTheBaseRow()
    {
        // Nothing common lies in February: the base (the last common close before 02-01, 2024-01-04) stands alone.
        var s = SpreadAnalysis.Compute(Small, Large, D(2024, 2, 1), D(2024, 2, 28));
        Assert.Equal([D(2024, 1, 4)], s.Dates);
        Assert.Equal([0.0], s.SmallReturn);
        Assert.Equal([1.0], s.Ratio);
    }

    [Fact]
    public void Compute_ToBeforeEveryCommonDate_Empty()
    {
        var s = SpreadAnalysis.Compute(Small, Large, null, D(2023, 1, 31));
        Assert.Empty(s.Dates);
        Assert.Null(s.BaseDate);
    }

    [Fact]
    public void LatestCommonDate_OneSeriesMissesLastDay_PreviousCommonDate()
    {
        // Small ends 01-04 and has 01-03; Large ends 01-04 too → 01-04.
        Assert.Equal(D(2024, 1, 4), SeriesAlignment.LatestCommonDate([Small, Large]));
        var stale = new DatedSeries([D(2023, 12, 29), D(2024, 1, 3)], [1.0, 1.0]);
        // Stale ends 01-03; Large lacks 01-03 → back to 2023-12-29, which all three have.
        Assert.Equal(D(2023, 12, 29), SeriesAlignment.LatestCommonDate([Small, Large, stale]));
    }

    [Fact]
    public void LatestCommonDate_NoneShared_Null()
    {
        var a = new DatedSeries([D(2024, 1, 2)], [1.0]);
        var b = new DatedSeries([D(2024, 1, 3)], [1.0]);
        Assert.Null(SeriesAlignment.LatestCommonDate([a, b]));
        Assert.Null(SeriesAlignment.LatestCommonDate([]));
    }

    [Theory]
    [InlineData("1w", Period.W1)]
    [InlineData("YTD", Period.Ytd)]
    [InlineData(" 10y ", Period.Y10)]
    [InlineData("max", Period.Max)]
    public void TryParse_KnownToken_Period(string token, Period expected)
    {
        Assert.True(RangeTokens.TryParse(token, out var p));
        Assert.Equal(expected, p);
    }

    [Theory]
    [InlineData("2w")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownToken_False(string? token)
    {
        Assert.False(RangeTokens.TryParse(token, out _));
    }

    [Fact]
    public void ToToken_AllPeriods_MatchUrlContract()
    {
        Assert.Equal(
            ["1w", "1m", "3m", "6m", "ytd", "1y", "3y", "5y", "10y", "max"],
            Periods.All.Select(RangeTokens.ToToken));
    }
}
