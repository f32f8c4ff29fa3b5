using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class ReturnRankTests
{
    private static readonly DateOnly[] Dates =
    [
        new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 6),
    ];

    // One-session returns: +10 % (01-02), −10 % (01-03), +5 % (01-04), −2 % (01-05), −5 % (01-06).
    private static readonly double[] Closes = [100, 110, 99, 103.95, 101.871, 96.77745];

    [Fact]
    public void Rank_ReturnBetweenEarlierOnes_LowestSinceLastLowerWindow()
    {
        // Ranked: 01-06, 96.77745 / 101.871 − 1 = −5 %. Earlier windows: +10 %, −10 %, +5 %, −2 %.
        // Lower: only −10 % (ending 01-03) → "lowest since 2024-01-03". Higher: +10, +5, −2; latest −2 % on 01-05.
        var r = ReturnRank.Rank(Dates, Closes, 5, 1);
        Assert.Equal(96.77745 / 101.871 - 1, r.Return, 12);
        Assert.Equal(5, r.WindowCount);
        Assert.Equal(1, r.LowerCount);
        Assert.Equal(3, r.HigherCount);
        Assert.Equal(new DateOnly(2024, 1, 3), r.LowerSince);
        Assert.Equal(new DateOnly(2024, 1, 5), r.HigherSince);
        Assert.Equal("lowest since 2024-01-03", r.Describe());
        Assert.Equal(1.0 / 4.0, r.Percentile, 15);
    }

    [Fact]
    public void Rank_ExtremeOfHistory_LowestOnRecord()
    {
        // Ranked: 01-03, −10 %; the only earlier window is +10 %.
        var r = ReturnRank.Rank(Dates, Closes, 2, 1);
        Assert.Null(r.LowerSince);
        Assert.Equal(new DateOnly(2024, 1, 2), r.HigherSince);
        Assert.Equal("lowest on record", r.Describe());
    }

    [Fact]
    public void Rank_HighestWindow_HighestOnRecord()
    {
        // Two-session windows: 01-03 99/100 − 1 = −1 %, 01-04 103.95/110 − 1 = −5.5 %,
        // 01-05 101.871/99 − 1 = +2.9 % → the highest of the three so far.
        var r = ReturnRank.Rank(Dates, Closes, 4, 2);
        Assert.Equal(101.871 / 99 - 1, r.Return, 12);
        Assert.Null(r.HigherSince);
        Assert.Equal("highest on record", r.Describe());
    }

    [Fact]
    public void Rank_WindowLongerThanHistory_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReturnRank.Rank(Dates, Closes, 2, 3));
    }

    [Fact]
    public void Rank_NaNInHistory_SkipsThoseWindows()
    {
        double[] closes = [100, double.NaN, 99, 98];
        // One-session windows: 01-02 NaN, 01-03 (base NaN) skipped, 01-04 98/99 − 1.
        var r = ReturnRank.Rank(Dates[..4], closes, 3, 1);
        Assert.Equal(1, r.WindowCount);
        Assert.Equal(string.Empty, r.Describe());
    }

    [Fact]
    public void ForPeriod_TableRow_RanksItsWindow()
    {
        // As of 2024-01-06 the 1W base is the close on or before 2023-12-30: none → null row, no rank.
        var rows = PeriodReturns.Compute(Dates, Closes, new DateOnly(2024, 1, 6));
        Assert.Null(ReturnRank.ForPeriod(Dates, Closes, rows.Single(r => r.Period == Period.W1)));
        // Max: base 01-01 (100), end 01-06 (96.77745), 5 sessions; the only 5-session window → no phrase.
        var max = ReturnRank.ForPeriod(Dates, Closes, rows.Single(r => r.Period == Period.Max));
        Assert.NotNull(max);
        Assert.Equal(96.77745 / 100 - 1, max.Return, 12);
        Assert.Equal(1, max.WindowCount);
    }
}
