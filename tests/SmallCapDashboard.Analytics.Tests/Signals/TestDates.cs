namespace SmallCapDashboard.Analytics.Tests.Signals;

/// <summary>Session dates for hand-built series: consecutive weekdays from Monday 2024-01-01.</summary>
internal static class TestDates
{
    public static DateOnly[] Weekdays(int count)
    {
        var result = new DateOnly[count];
        var d = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                d = d.AddDays(1);
            }

            result[i] = d;
            d = d.AddDays(1);
        }

        return result;
    }
}
