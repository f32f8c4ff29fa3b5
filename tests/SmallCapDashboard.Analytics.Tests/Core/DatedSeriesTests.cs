using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Tests.Core;

public class DatedSeriesTests
{
    private static readonly DateOnly[] Dates =
    [
        new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 5), new(2024, 1, 8),
    ];

    private static DatedSeries Sample() => new(Dates, [1.0, 2.0, 3.0, 4.0]);

    [Fact]
    public void IndexOnOrBefore_ExactDate_ReturnsItsIndex()
    {
        Assert.Equal(2, Sample().IndexOnOrBefore(new DateOnly(2024, 1, 5)));
    }

    [Fact]
    public void IndexOnOrBefore_DateInGap_ReturnsPreviousSession()
    {
        // 2024-01-06 is a Saturday: the last session on or before it is Friday 2024-01-05 (index 2).
        Assert.Equal(2, Sample().IndexOnOrBefore(new DateOnly(2024, 1, 6)));
    }

    [Fact]
    public void IndexOnOrBefore_BeforeFirstDate_ReturnsMinusOne()
    {
        Assert.Equal(-1, Sample().IndexOnOrBefore(new DateOnly(2023, 12, 29)));
        Assert.Equal(-1, DatedSeries.Empty.IndexOnOrBefore(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void IndexOnOrBefore_AfterLastDate_ReturnsLastIndex()
    {
        Assert.Equal(3, Sample().IndexOnOrBefore(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Slice_InclusiveBounds_KeepsBothEnds()
    {
        var s = Sample().Slice(new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 5));
        Assert.Equal([new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 5)], s.Dates);
        Assert.Equal([2.0, 3.0], s.Values);
    }

    [Fact]
    public void Slice_BoundsInGaps_KeepsSessionsInside()
    {
        var s = Sample().Slice(new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 7));
        Assert.Equal([new DateOnly(2024, 1, 5)], s.Dates);
    }

    [Fact]
    public void Slice_EmptyWindow_ReturnsEmpty()
    {
        Assert.Equal(0, Sample().Slice(new DateOnly(2024, 1, 9), new DateOnly(2024, 2, 1)).Count);
        Assert.Equal(0, Sample().Slice(new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 2)).Count);
    }

    [Fact]
    public void Constructor_UnsortedDates_ThrowsNamingDates()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new DatedSeries([new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 2)], [1.0, 2.0]));
        Assert.Equal("dates", ex.ParamName);
    }

    [Fact]
    public void Constructor_LengthMismatch_ThrowsNamingValues()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DatedSeries(Dates, [1.0]));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void Deconstruct_Positional_ReturnsSameArrays()
    {
        var (d, v) = Sample();
        Assert.Equal(Dates, d);
        Assert.Equal(4.0, v[3]);
    }
}
