namespace SmallCapDashboard.Analytics.Core;

/// <summary>
/// A series of values aligned by index with strictly ascending dates. <see cref="double.NaN"/> marks a
/// missing or warm-up value. The arrays are shared, not copied: treat them as read-only.
/// </summary>
public sealed record DatedSeries
{
    /// <summary>Creates a series; <paramref name="dates"/> must be strictly ascending and as long as <paramref name="values"/>.</summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="values">One value per date (NaN = missing).</param>
    /// <exception cref="ArgumentNullException">Either array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ or the dates are not strictly ascending.</exception>
    public DatedSeries(DateOnly[] dates, double[] values)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        if (dates.Length != values.Length)
        {
            throw new ArgumentException(
                $"Dates ({dates.Length}) and values ({values.Length}) must have the same length.", nameof(values));
        }

        for (var i = 1; i < dates.Length; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                throw new ArgumentException(
                    $"Dates must be strictly ascending: index {i} ({dates[i]:yyyy-MM-dd}) does not follow {dates[i - 1]:yyyy-MM-dd}.",
                    nameof(dates));
            }
        }

        Dates = dates;
        Values = values;
    }

    /// <summary>Strictly ascending session dates.</summary>
    public DateOnly[] Dates { get; }

    /// <summary>One value per date; NaN = missing or warm-up.</summary>
    public double[] Values { get; }

    /// <summary>Deconstructs into the two arrays, like a positional record.</summary>
    /// <param name="dates">The dates.</param>
    /// <param name="values">The values.</param>
    public void Deconstruct(out DateOnly[] dates, out double[] values)
    {
        dates = Dates;
        values = Values;
    }

    /// <summary>Number of points.</summary>
    public int Count => Dates.Length;

    /// <summary>An empty series.</summary>
    public static DatedSeries Empty { get; } = new([], []);

    /// <summary>
    /// Index of the last date on or before <paramref name="date"/>, or -1 when every date is later
    /// (or the series is empty). Binary search, O(log n).
    /// </summary>
    /// <param name="date">The date to look up.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOnOrBefore(DateOnly date) => DateSearch.IndexOnOrBefore(Dates, date);

    /// <summary>
    /// The points with <paramref name="from"/> ≤ date ≤ <paramref name="to"/> (both inclusive), copied
    /// into a new series. Empty when the window holds no date or <paramref name="from"/> &gt; <paramref name="to"/>.
    /// Values are cut, not recomputed: compute on full history first, then slice.
    /// </summary>
    /// <param name="from">First date of the window (inclusive).</param>
    /// <param name="to">Last date of the window (inclusive).</param>
    /// <returns>The sliced series.</returns>
    public DatedSeries Slice(DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            return Empty;
        }

        var end = IndexOnOrBefore(to);
        var start = DateSearch.IndexOnOrAfter(Dates, from);
        if (end < 0 || start < 0 || start > end)
        {
            return Empty;
        }

        return new DatedSeries(Dates[start..(end + 1)], Values[start..(end + 1)]);
    }
}
