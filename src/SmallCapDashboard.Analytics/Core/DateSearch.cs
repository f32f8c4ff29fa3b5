namespace SmallCapDashboard.Analytics.Core;

/// <summary>
/// Binary searches over strictly ascending date arrays (the index convention of every dated series).
/// </summary>
public static class DateSearch
{
    /// <summary>Index of the last date ≤ <paramref name="date"/>, or -1 when there is none.</summary>
    /// <param name="dates">Strictly ascending dates.</param>
    /// <param name="date">The date to look up.</param>
    /// <returns>The index, or -1.</returns>
    public static int IndexOnOrBefore(ReadOnlySpan<DateOnly> dates, DateOnly date)
    {
        var i = dates.BinarySearch(date);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Index of the last date strictly before <paramref name="date"/>, or -1 when there is none.</summary>
    /// <param name="dates">Strictly ascending dates.</param>
    /// <param name="date">The date to look up.</param>
    /// <returns>The index, or -1.</returns>
    public static int IndexBefore(ReadOnlySpan<DateOnly> dates, DateOnly date)
    {
        var i = dates.BinarySearch(date);
        return i >= 0 ? i - 1 : ~i - 1;
    }

    /// <summary>Index of the first date ≥ <paramref name="date"/>, or -1 when there is none.</summary>
    /// <param name="dates">Strictly ascending dates.</param>
    /// <param name="date">The date to look up.</param>
    /// <returns>The index, or -1.</returns>
    public static int IndexOnOrAfter(ReadOnlySpan<DateOnly> dates, DateOnly date)
    {
        var i = dates.BinarySearch(date);
        var j = i >= 0 ? i : ~i;
        return j < dates.Length ? j : -1;
    }
}
