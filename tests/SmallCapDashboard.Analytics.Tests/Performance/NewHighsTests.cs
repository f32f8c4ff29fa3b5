using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class NewHighsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // Six sessions a week apart so the 52-week window can be reasoned about by hand.
    private static readonly DateOnly[] Dates =
    [
        D(2023, 1, 2), D(2023, 6, 1), D(2023, 12, 1), D(2024, 1, 3), D(2024, 1, 4), D(2024, 1, 5),
    ];

    [Fact]
    public void Flags_FiftyTwoWeek_OldHighDropsOutOfWindow()
    {
        // 2023-01-02 close 200 is more than 364 days before 2024-01-03 (366 days), so on 2024-01-03
        // the window holds 2023-06-01 (110), 2023-12-01 (100) and itself (120): 120 is a 52-week high,
        // though not an all-time high (200).
        double[] closes = [200, 110, 100, 120, 119, 121];
        var w52 = NewHighs.Flags(Dates, closes, HighKind.FiftyTwoWeek);
        Assert.Equal([true, false, false, true, false, true], w52);
        var ath = NewHighs.Flags(Dates, closes, HighKind.AllTime);
        Assert.Equal([true, false, false, false, false, false], ath);
    }

    [Fact]
    public void Flags_TieWithHigh_CountsAsHigh()
    {
        var f = NewHighs.Flags([D(2024, 1, 2), D(2024, 1, 3)], [10.0, 10.0], HighKind.AllTime);
        Assert.Equal([true, true], f);
    }

    [Fact]
    public void Confirm_OneAtHighOneNot_ReportsEach()
    {
        var days = new[] { D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 4), D(2024, 1, 5), D(2024, 1, 8) };
        var spy = new NamedSeries("SPY", new DatedSeries(days, [100, 101, 102, 103, 104]));
        var iwm = new NamedSeries("IWM", new DatedSeries(days, [50, 55, 54, 53, 52]));
        var status = NewHighs.Confirm([spy, iwm], D(2024, 1, 8), sessions: 3, HighKind.AllTime);
        // SPY closes at a high on 2024-01-08 (the last session): confirmed.
        Assert.Equal(D(2024, 1, 8), status[0].LastHighDate);
        Assert.True(status[0].Confirmed);
        // IWM's last high was 55 on 2024-01-03, 4 sessions back; the last 3 sessions are 01-04, 01-05, 01-08.
        Assert.Equal(D(2024, 1, 3), status[1].LastHighDate);
        Assert.Equal(55.0, status[1].LastHighClose);
        Assert.False(status[1].Confirmed);
    }

    [Fact]
    public void Confirm_HighExactlyNSessionsBack_IsConfirmed()
    {
        var days = new[] { D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 4), D(2024, 1, 5) };
        var s = new NamedSeries("X", new DatedSeries(days, [1, 5, 4, 3]));
        // Last 3 sessions up to 01-05: 01-03, 01-04, 01-05 — the high on 01-03 is the first of them.
        var status = NewHighs.Confirm([s], D(2024, 1, 5), 3, HighKind.AllTime);
        Assert.True(status[0].Confirmed);
    }

    [Fact]
    public void Confirm_SeriesEndsBeforeAsOf_FlagsStale()
    {
        var s = new NamedSeries("^RUT", new DatedSeries([D(2024, 9, 12)], [2200.0]));
        var status = NewHighs.Confirm([s], D(2024, 12, 31), 5);
        Assert.True(status[0].Stale);
        Assert.Equal(D(2024, 9, 12), status[0].LastDate);
    }

    [Fact]
    public void Confirm_NoDataBeforeAsOf_NoHighNotConfirmed()
    {
        var s = new NamedSeries("X", new DatedSeries([D(2025, 1, 2)], [1.0]));
        var status = NewHighs.Confirm([s], D(2024, 12, 31), 5);
        Assert.Null(status[0].LastHighDate);
        Assert.False(status[0].Confirmed);
    }
}
