using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class PeriodsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // Every weekday in [from, to] (holidays ignored: the lookups stay easy to follow).
    private static DateOnly[] Weekdays(DateOnly from, DateOnly to)
    {
        var list = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                list.Add(d);
            }
        }

        return [.. list];
    }

    [Fact]
    public void BaseIndex_OneWeek_LastCloseOnOrBeforeAsOfMinus7Days()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 1, 31));
        // As of Wed 2024-01-17: − 7 days = Wed 2024-01-10, a session.
        var i = Periods.BaseIndex(dates, Period.W1, D(2024, 1, 17));
        Assert.Equal(D(2024, 1, 10), dates[i!.Value]);
        // As of Sun 2024-01-21: − 7 days = Sun 2024-01-14 → last close on or before it is Fri 2024-01-12.
        i = Periods.BaseIndex(dates, Period.W1, D(2024, 1, 21));
        Assert.Equal(D(2024, 1, 12), dates[i!.Value]);
    }

    [Fact]
    public void BaseIndex_OneMonthFromMarch31_ClampsToFebruary29()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 4, 5));
        // 2024-03-31 − 1 month = 2024-02-29 (leap year, day clamped from 31); Thu 2024-02-29 is a session.
        var i = Periods.BaseIndex(dates, Period.M1, D(2024, 3, 31));
        Assert.Equal(D(2024, 2, 29), dates[i!.Value]);
    }

    [Fact]
    public void BaseIndex_ThreeMonthsFromMay31_ClampsToFebruary29()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 6, 28));
        // 2024-05-31 − 3 months = 2024-02-31 → clamped to 2024-02-29.
        var i = Periods.BaseIndex(dates, Period.M3, D(2024, 5, 31));
        Assert.Equal(D(2024, 2, 29), dates[i!.Value]);
    }

    [Fact]
    public void BaseIndex_Ytd_LastCloseOfPreviousYear()
    {
        var dates = Weekdays(D(2023, 12, 20), D(2024, 1, 31));
        // 2023-12-31 is a Sunday: the last close of 2023 is Fri 2023-12-29.
        var i = Periods.BaseIndex(dates, Period.Ytd, D(2024, 1, 15));
        Assert.Equal(D(2023, 12, 29), dates[i!.Value]);
    }

    [Fact]
    public void BaseIndex_YtdOnFirstSessionOfYear_StillUsesPreviousYearClose()
    {
        var dates = Weekdays(D(2023, 12, 20), D(2024, 1, 31));
        var i = Periods.BaseIndex(dates, Period.Ytd, D(2024, 1, 2));
        Assert.Equal(D(2023, 12, 29), dates[i!.Value]);
    }

    [Fact]
    public void BaseIndex_OneYearFromLeapDay_UsesFebruary28()
    {
        var dates = Weekdays(D(2023, 1, 2), D(2024, 3, 1));
        // 2024-02-29 − 1 year = 2023-02-28 (a Tuesday, a session).
        var i = Periods.BaseIndex(dates, Period.Y1, D(2024, 2, 29));
        Assert.Equal(D(2023, 2, 28), dates[i!.Value]);
    }

    [Fact]
    public void BaseIndex_HistoryTooShort_ReturnsNull()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 1, 31));
        Assert.Null(Periods.BaseIndex(dates, Period.Y1, D(2024, 1, 31)));
        Assert.Null(Periods.BaseIndex(dates, Period.Ytd, D(2024, 1, 31)));
    }

    [Fact]
    public void BaseIndex_Max_IsFirstBar()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 1, 31));
        Assert.Equal(0, Periods.BaseIndex(dates, Period.Max, D(2024, 1, 31)));
    }

    [Fact]
    public void BaseIndex_EmptyOrAsOfBeforeHistory_ReturnsNull()
    {
        Assert.Null(Periods.BaseIndex([], Period.Max, D(2024, 1, 31)));
        var dates = Weekdays(D(2024, 1, 1), D(2024, 1, 31));
        Assert.Null(Periods.BaseIndex(dates, Period.Max, D(2023, 1, 31)));
    }

    [Fact]
    public void WindowBaseIndex_FromIsSession_ReturnsPreviousSession()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 1, 31));
        // Window starting Mon 2024-01-08: the last close before it is Fri 2024-01-05.
        var i = Periods.WindowBaseIndex(dates, D(2024, 1, 8));
        Assert.Equal(D(2024, 1, 5), dates[i!.Value]);
    }

    [Fact]
    public void WindowBaseIndex_FromAtFirstBar_ReturnsNull()
    {
        var dates = Weekdays(D(2024, 1, 1), D(2024, 1, 31));
        Assert.Null(Periods.WindowBaseIndex(dates, D(2024, 1, 1)));
    }
}
