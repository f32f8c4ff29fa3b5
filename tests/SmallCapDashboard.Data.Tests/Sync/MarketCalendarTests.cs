using SmallCapDashboard.Data.Sync;

namespace SmallCapDashboard.Data.Tests.Sync;

/// <summary>Sessions and closes checked against the NYSE's published calendars (2025, 2026).</summary>
public sealed class MarketCalendarTests
{
    [Theory]
    [InlineData("2026-01-01")] // New Year's Day
    [InlineData("2026-01-19")] // Martin Luther King Jr. Day
    [InlineData("2026-02-16")] // Washington's Birthday
    [InlineData("2026-04-03")] // Good Friday
    [InlineData("2026-05-25")] // Memorial Day
    [InlineData("2026-06-19")] // Juneteenth
    [InlineData("2026-07-03")] // Independence Day observed (July 4 is a Saturday)
    [InlineData("2026-09-07")] // Labor Day
    [InlineData("2026-11-26")] // Thanksgiving
    [InlineData("2026-12-25")] // Christmas
    [InlineData("2025-04-18")] // Good Friday 2025
    [InlineData("2027-12-24")] // Christmas 2027 (a Saturday) observed on Friday
    [InlineData("2025-01-09")] // national day of mourning for President Carter (unscheduled)
    [InlineData("2018-12-05")] // national day of mourning for President G. H. W. Bush (unscheduled)
    [InlineData("2012-10-29")] // Hurricane Sandy (unscheduled)
    public void IsSession_ExchangeHoliday_False(string date) => Assert.False(MarketCalendar.IsSession(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-01-02")]
    [InlineData("2026-04-02")]
    [InlineData("2026-11-27")] // the Friday after Thanksgiving: a half day, still a session
    [InlineData("2027-12-31")] // New Year's Day 2028 is a Saturday: not observed on Friday
    public void IsSession_TradingDay_True(string date) => Assert.True(MarketCalendar.IsSession(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-01-07T20:59:00Z", "2026-01-06")] // 15:59 New York: Wednesday still open
    [InlineData("2026-01-07T21:20:00Z", "2026-01-07")] // 16:20 New York: closed plus the 20-minute margin
    [InlineData("2026-01-10T12:00:00Z", "2026-01-09")] // Saturday: Friday's session
    [InlineData("2026-01-20T14:00:00Z", "2026-01-16")] // Tuesday morning after MLK day: Friday's session
    [InlineData("2026-07-06T12:00:00Z", "2026-07-02")] // Monday morning after the observed July 3 holiday
    [InlineData("2026-11-27T18:30:00Z", "2026-11-27")] // 13:30 New York on the half day after Thanksgiving (close 13:00)
    [InlineData("2026-06-10T20:25:00Z", "2026-06-10")] // 16:25 EDT (UTC−4) in summer
    public void LastCompletedSession_Now_IsTheSessionWhoseBarIsFinal(string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), MarketCalendar.LastCompletedSession(DateTimeOffset.Parse(now), TimeSpan.FromMinutes(20)));

    [Fact]
    public void SessionsBetween_OverAHolidayWeekend_CountsOnlySessions() =>
        // Fri Jan 16 → Wed Jan 21: Jan 19 is MLK day, so Jan 20 and 21.
        Assert.Equal(2, MarketCalendar.SessionsBetween(new DateOnly(2026, 1, 16), new DateOnly(2026, 1, 21)));
}
