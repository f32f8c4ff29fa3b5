using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>The period-returns table (1W … Max, plus an optional window row).</summary>
public static class PeriodReturns
{
    /// <summary>Table label of a period (<c>1W</c>, <c>YTD</c>, <c>Max</c>, …).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The label.</returns>
    public static string Label(Period period) => period switch
    {
        Period.W1 => "1W",
        Period.M1 => "1M",
        Period.M3 => "3M",
        Period.M6 => "6M",
        Period.Ytd => "YTD",
        Period.Y1 => "1Y",
        Period.Y3 => "3Y",
        Period.Y5 => "5Y",
        Period.Y10 => "10Y",
        Period.Max => "Max",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };

    /// <summary>
    /// One row per period in <see cref="Periods.All"/> order, then (when <paramref name="windowFrom"/> is given)
    /// a <c>Window</c> row for [windowFrom, asOf]. Each return runs from the base close
    /// (<see cref="Periods.BaseIndex"/>, or <see cref="Periods.WindowBaseIndex"/> for the window, falling back to the
    /// first bar when nothing precedes windowFrom) to the last close on or before <paramref name="asOf"/>, as a fraction
    /// in the basis of <paramref name="closes"/>. Rows whose base does not exist have null fields; when the base is the
    /// end close itself (a series that ended before the period began, or a single bar) the return is null.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="closes">Closes in one price basis, same length.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="windowFrom">First day of an optional window ending at as-of.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static IReadOnlyList<PeriodReturn> Compute(DateOnly[] dates, ReadOnlySpan<double> closes, DateOnly asOf, DateOnly? windowFrom = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Guard.SameLength(dates.Length, closes.Length, nameof(dates), nameof(closes));
        var rows = new List<PeriodReturn>(Periods.All.Count + 1);
        var end = DateSearch.IndexOnOrBefore(dates, asOf);
        foreach (var p in Periods.All)
        {
            var b = end < 0 ? null : Periods.BaseIndex(dates, p, asOf);
            rows.Add(Row(Label(p), p, dates, closes, b, end));
        }

        if (windowFrom is { } from)
        {
            int? b = end < 0 || from > asOf ? null : Periods.WindowBaseIndex(dates, from) ?? 0;
            rows.Add(Row("Window", null, dates, closes, b, end));
        }

        return rows;
    }

    private static PeriodReturn Row(string label, Period? period, DateOnly[] dates, ReadOnlySpan<double> closes, int? baseIndex, int end)
    {
        if (baseIndex is not { } b || end < 0)
        {
            return new PeriodReturn(label, period, null, null, null, null, null, null, null, null);
        }

        // A base on or after the end close (a series that stopped before the period began) measures no move.
        var r = b < end ? Returns.Between(closes, b, end) : double.NaN;
        return new PeriodReturn(
            label, period, b, dates[b], closes[b], end, dates[end], closes[end],
            double.IsNaN(r) ? null : r, end - b);
    }
}
