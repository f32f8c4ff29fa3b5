using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Analytics.Tests.Reduction;

public class BarAggregationTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly OhlcvBar[] Daily =
    [
        new(D(2024, 1, 29), 10, 12, 9, 11, 100),   // Mon, week of 01-29
        new(D(2024, 1, 31), 11, 15, 10, 14, 200),  // Wed
        new(D(2024, 2, 2), 14, 14.5, 8, 9, 300),   // Fri (February)
        new(D(2024, 2, 5), 9, 10, 8.5, 9.5, 50),   // Mon, next week
    ];

    [Fact]
    public void Weekly_IsoWeeks_OpenFirstHighMaxLowMinCloseLastVolumeSum()
    {
        var w = BarAggregation.Weekly(Daily);
        Assert.Equal(2, w.Count);
        // Week of 2024-01-29: open 10, high max(12, 15, 14.5) = 15, low min(9, 10, 8) = 8, close 9,
        // volume 100 + 200 + 300 = 600, dated by its last session (Fri 2024-02-02) though it spans two months.
        Assert.Equal(new OhlcvBar(D(2024, 2, 2), 10, 15, 8, 9, 600), w[0]);
        Assert.Equal(new OhlcvBar(D(2024, 2, 5), 9, 10, 8.5, 9.5, 50), w[1]);
    }

    [Fact]
    public void Monthly_CalendarMonths_DatedByLastSession()
    {
        var m = BarAggregation.Monthly(Daily);
        Assert.Equal(2, m.Count);
        Assert.Equal(new OhlcvBar(D(2024, 1, 31), 10, 15, 9, 14, 300), m[0]);
        // February: open 14, high max(14.5, 10), low min(8, 8.5), close 9.5, volume 300 + 50.
        Assert.Equal(new OhlcvBar(D(2024, 2, 5), 14, 14.5, 8, 9.5, 350), m[1]);
    }

    [Fact]
    public void Weekly_Empty_ReturnsEmpty()
    {
        Assert.Empty(BarAggregation.Weekly([]));
    }

    [Fact]
    public void Weekly_UnsortedDates_ThrowsNamingBar()
    {
        var ex = Assert.Throws<ArgumentException>(() => BarAggregation.Weekly([Daily[1], Daily[0]]));
        Assert.Contains("bar 1", ex.Message, StringComparison.Ordinal);
    }
}
