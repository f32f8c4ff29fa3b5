using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class PeriodReturnsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // A year boundary: closes of late December 2023 and early January 2024.
    private static readonly DateOnly[] Dates =
    [
        D(2023, 12, 21), D(2023, 12, 22), D(2023, 12, 26), D(2023, 12, 27), D(2023, 12, 28), D(2023, 12, 29),
        D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 4), D(2024, 1, 5), D(2024, 1, 8),
    ];

    private static readonly double[] Closes = [90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100];

    [Fact]
    public void Compute_YtdAcrossYearBoundary_MeasuresFromLastCloseOfPreviousYear()
    {
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 1, 8));
        var ytd = rows.Single(r => r.Period == Period.Ytd);
        // Base: 2023-12-29 close 95; end: 2024-01-08 close 100 → 100 / 95 − 1.
        Assert.Equal(D(2023, 12, 29), ytd.BaseDate);
        Assert.Equal(100.0 / 95.0 - 1, ytd.Return!.Value, 15);
        Assert.Equal(5, ytd.Sessions);
    }

    [Fact]
    public void Compute_OneWeek_MeasuresFromCloseSevenDaysBefore()
    {
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 1, 8));
        var w1 = rows.Single(r => r.Label == "1W");
        // 2024-01-08 − 7 days = 2024-01-01 (holiday) → last close on or before it: 2023-12-29 (95).
        Assert.Equal(D(2023, 12, 29), w1.BaseDate);
        Assert.Equal(100.0 / 95.0 - 1, w1.Return!.Value, 15);
    }

    [Fact]
    public void Compute_AsOfOnWeekend_EndsAtLastCloseBefore()
    {
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 1, 6));
        var ytd = rows.Single(r => r.Period == Period.Ytd);
        // End: Fri 2024-01-05 close 99 → 99 / 95 − 1.
        Assert.Equal(D(2024, 1, 5), ytd.EndDate);
        Assert.Equal(99.0 / 95.0 - 1, ytd.Return!.Value, 15);
    }

    [Fact]
    public void Compute_HistoryTooShort_RowHasNullReturn()
    {
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 1, 8));
        var m1 = rows.Single(r => r.Period == Period.M1);
        // 2024-01-08 − 1 month = 2023-12-08, before the first date.
        Assert.Null(m1.Return);
        Assert.Null(m1.BaseDate);
        var max = rows.Single(r => r.Period == Period.Max);
        Assert.Equal(100.0 / 90.0 - 1, max.Return!.Value, 15);
    }

    [Fact]
    public void Compute_Window_MeasuresFromCloseBeforeFrom()
    {
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 1, 5), D(2024, 1, 3));
        var w = rows[^1];
        Assert.Equal("Window", w.Label);
        // Base: 2024-01-02 (96), end 2024-01-05 (99) → 99 / 96 − 1.
        Assert.Equal(D(2024, 1, 2), w.BaseDate);
        Assert.Equal(99.0 / 96.0 - 1, w.Return!.Value, 15);
    }

    [Fact]
    public void Compute_AllPeriods_OneRowEachInOrder()
    {
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 1, 8));
        Assert.Equal(["1W", "1M", "3M", "6M", "YTD", "1Y", "3Y", "5Y", "10Y", "Max"], rows.Select(r => r.Label));
    }

    [Fact]
    public void Compute_Empty_AllRowsNull()
    {
        var rows = PeriodReturns.Compute([], [], D(2024, 1, 8), D(2024, 1, 1));
        Assert.All(rows, r => Assert.Null(r.Return));
    }

    [Fact]
    public void Compute_SeriesEndedBeforePeriod_NullReturn()
    {
        // The series ends 2024-01-08; as of 2024-02-20 the 1W base (last close on or before 02-13) is that last
        // close itself, so no move is measured; 1M (base on or before 01-20) likewise.
        var rows = PeriodReturns.Compute(Dates, Closes, D(2024, 2, 20));
        Assert.Null(rows.Single(r => r.Period == Period.W1).Return);
        Assert.Equal(0, rows.Single(r => r.Period == Period.W1).Sessions);
        // YTD: base 2023-12-29 (95), end 2024-01-08 (100).
        Assert.Equal(100.0 / 95.0 - 1, rows.Single(r => r.Period == Period.Ytd).Return!.Value, 15);
    }
}
