namespace SmallCapDashboard.Data.Sync;

/// <summary>
/// The New York Stock Exchange's regular sessions: weekdays except the exchange holidays (New Year's Day, Martin
/// Luther King Jr. Day, Washington's Birthday, Good Friday, Memorial Day, Juneteenth from 2022, Independence Day,
/// Labor Day, Thanksgiving, Christmas; a Saturday holiday is observed on the Friday before, a Sunday one on the
/// Monday after, except New Year's Day on a Saturday, which is not observed). Sessions close at 16:00 New York,
/// at 13:00 on July 3, the Friday after Thanksgiving and December 24. The full-day unscheduled closures since 2001
/// (September 11, days of national mourning, Hurricane Sandy) are listed in <see cref="UnscheduledClosures"/>; a
/// future one needs a new entry.
/// </summary>
public static class MarketCalendar
{
    private static readonly TimeOnly RegularClose = new(16, 0);
    private static readonly TimeOnly EarlyClose = new(13, 0);

    /// <summary>Days the exchange closed outside its holiday rules (full days since 2001).</summary>
    public static IReadOnlySet<DateOnly> UnscheduledClosures { get; } = new HashSet<DateOnly>
    {
        new(2001, 9, 11), new(2001, 9, 12), new(2001, 9, 13), new(2001, 9, 14), // September 11
        new(2004, 6, 11), // President Reagan's national day of mourning
        new(2007, 1, 2),  // President Ford's national day of mourning
        new(2012, 10, 29), new(2012, 10, 30), // Hurricane Sandy
        new(2018, 12, 5), // President G. H. W. Bush's national day of mourning
        new(2025, 1, 9),  // President Carter's national day of mourning
    };

    /// <summary>America/New_York.</summary>
    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>True when the exchange holds a regular session on <paramref name="date"/>.</summary>
    public static bool IsSession(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The close of the session on <paramref name="date"/> (16:00 New York, 13:00 on the half days), as an instant.</summary>
    public static DateTimeOffset CloseOf(DateOnly date)
    {
        var local = date.ToDateTime(IsHalfDay(date) ? EarlyClose : RegularClose);
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local));
    }

    /// <summary>
    /// The latest session whose close plus <paramref name="margin"/> is at or before <paramref name="now"/>: the
    /// session whose daily bar is final. Before the close (plus margin) of a session day it is the previous session.
    /// </summary>
    public static DateOnly LastCompletedSession(DateTimeOffset now, TimeSpan margin = default)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, NewYork).DateTime);
        var day = today;
        if (IsSession(day) && CloseOf(day) + margin <= now)
        {
            return day;
        }

        do
        {
            day = day.AddDays(-1);
        }
        while (!IsSession(day));
        return day;
    }

    /// <summary>Sessions strictly after <paramref name="last"/> up to and including <paramref name="through"/> (0 when none).</summary>
    public static int SessionsBetween(DateOnly last, DateOnly through)
    {
        var count = 0;
        for (var d = last.AddDays(1); d <= through; d = d.AddDays(1))
        {
            count += IsSession(d) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The session <paramref name="sessions"/> sessions before <paramref name="date"/> (weekdays and holidays skipped).</summary>
    public static DateOnly SessionsBefore(DateOnly date, int sessions)
    {
        var d = date;
        for (var i = 0; i < sessions; i++)
        {
            do
            {
                d = d.AddDays(-1);
            }
            while (!IsSession(d));
        }

        return d;
    }

    /// <summary>True on an exchange holiday that falls on a weekday.</summary>
    public static bool IsHoliday(DateOnly date)
    {
        var y = date.Year;
        if (date == NewYearObserved(y) || UnscheduledClosures.Contains(date))
        {
            return true;
        }

        return date == Nth(y, 1, DayOfWeek.Monday, 3)
            || date == Nth(y, 2, DayOfWeek.Monday, 3)
            || date == Easter(y).AddDays(-2)
            || date == Last(y, 5, DayOfWeek.Monday)
            || (y >= 2022 && date == Observed(new DateOnly(y, 6, 19)))
            || date == Observed(new DateOnly(y, 7, 4))
            || date == Nth(y, 9, DayOfWeek.Monday, 1)
            || date == Nth(y, 11, DayOfWeek.Thursday, 4)
            || date == Observed(new DateOnly(y, 12, 25));
    }

    private static bool IsHalfDay(DateOnly date) =>
        IsSession(date) && ((date.Month == 7 && date.Day == 3)
            || (date.Month == 12 && date.Day == 24)
            || date == Nth(date.Year, 11, DayOfWeek.Thursday, 4).AddDays(1));

    /// <summary>January 1 observed: Sunday → Monday; Saturday → not observed (NYSE rule 7.2).</summary>
    private static DateOnly? NewYearObserved(int year)
    {
        var d = new DateOnly(year, 1, 1);
        return d.DayOfWeek switch
        {
            DayOfWeek.Sunday => d.AddDays(1),
            DayOfWeek.Saturday => null,
            _ => d,
        };
    }

    private static DateOnly Observed(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(-1),
        DayOfWeek.Sunday => d.AddDays(1),
        _ => d,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
