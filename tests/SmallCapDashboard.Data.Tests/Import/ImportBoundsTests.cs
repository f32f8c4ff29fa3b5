using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

public class ImportBoundsTests
{
    [Theory]
    // Monday 11:00 EDT → Tuesday.
    [InlineData("2026-06-01T15:00:00Z", "2026-06-02")]
    // Tuesday 02:00 UTC is still Monday 22:00 in New York (EDT, UTC−4) → Tuesday, not Wednesday.
    [InlineData("2026-06-02T02:00:00Z", "2026-06-02")]
    // Friday → Monday; Saturday and Sunday → Monday.
    [InlineData("2026-06-05T15:00:00Z", "2026-06-08")]
    [InlineData("2026-06-06T15:00:00Z", "2026-06-08")]
    [InlineData("2026-06-07T23:00:00Z", "2026-06-08")]
    // Winter (EST, UTC−5): Monday 2026-01-05 04:30 UTC is Sunday 23:30 in New York → Monday.
    [InlineData("2026-01-05T04:30:00Z", "2026-01-05")]
    public void LatestDate_NowInUtc_NextWeekdayAfterTodayInNewYork(string utc, string expected)
    {
        var time = new FixedTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ImportBounds.LatestDate(time));
    }

    [Theory]
    [InlineData(100.0, 100.0, 101.0, true)]
    [InlineData(101.0, 100.0, 101.0, true)]
    // 5e-7 below Low and above High: inside the 1e-6 tolerance.
    [InlineData(99.99995, 100.0, 101.0, true)]
    [InlineData(101.0000505, 100.0, 101.0, true)]
    // 2e-6 outside: refused.
    [InlineData(99.9998, 100.0, 101.0, false)]
    [InlineData(101.000202, 100.0, 101.0, false)]
    public void WithinRange_RelativeToleranceOneInAMillion(double value, double low, double high, bool expected)
    {
        Assert.Equal(expected, ImportBounds.WithinRange(value, low, high));
    }

    [Fact]
    public void Problems_EdgesOfEachBound()
    {
        Assert.Null(ImportBounds.PriceProblem(9_999_999.99));
        Assert.NotNull(ImportBounds.PriceProblem(1e7));
        Assert.NotNull(ImportBounds.PriceProblem(0));
        Assert.NotNull(ImportBounds.PriceProblem(double.PositiveInfinity));
        Assert.NotNull(ImportBounds.PriceProblem(double.NaN));
        Assert.Null(ImportBounds.VolumeProblem(0));
        Assert.NotNull(ImportBounds.VolumeProblem(1e13));
        Assert.NotNull(ImportBounds.SharesProblem(0));
        Assert.Null(ImportBounds.SharesProblem(9.9e12));
        Assert.NotNull(ImportBounds.SharesProblem(1e308 * 1000));
        Assert.Null(ImportBounds.FlowProblem(-9.9e12));
        Assert.NotNull(ImportBounds.FlowProblem(-1e13));
        Assert.Null(ImportBounds.DateProblem(new DateOnly(1900, 1, 1), new DateOnly(2026, 6, 2)));
        Assert.NotNull(ImportBounds.DateProblem(new DateOnly(1899, 12, 31), new DateOnly(2026, 6, 2)));
        Assert.Null(ImportBounds.DateProblem(new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 2)));
        Assert.NotNull(ImportBounds.DateProblem(new DateOnly(2026, 6, 3), new DateOnly(2026, 6, 2)));
    }
}
