using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Aligns two dated series on the dates they share.</summary>
public static class SeriesAlignment
{
    /// <summary>
    /// The dates present in both series (a merge join, O(n + m)), with each series' value on them.
    /// Values are copied as they are (a NaN stays NaN); dates only one series has are dropped.
    /// </summary>
    /// <param name="a">First series.</param>
    /// <param name="b">Second series.</param>
    /// <returns>Common dates and the two value arrays, all the same length.</returns>
    public static (DateOnly[] Dates, double[] A, double[] B) Align(DatedSeries a, DatedSeries b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var da = a.Dates;
        var db = b.Dates;
        var cap = Math.Min(da.Length, db.Length);
        var dates = new DateOnly[cap];
        var va = new double[cap];
        var vb = new double[cap];
        int i = 0, j = 0, n = 0;
        while (i < da.Length && j < db.Length)
        {
            var c = da[i].CompareTo(db[j]);
            if (c < 0)
            {
                i++;
            }
            else if (c > 0)
            {
                j++;
            }
            else
            {
                dates[n] = da[i];
                va[n] = a.Values[i];
                vb[n] = b.Values[j];
                n++;
                i++;
                j++;
            }
        }

        if (n == cap)
        {
            return (dates, va, vb);
        }

        return (dates[..n], va[..n], vb[..n]);
    }

    /// <summary>
    /// The latest date every series has (DESIGN.md's default "as of": the latest date the page's primary series
    /// share), or null when they share none. Binary searches, O(k² log n) for k series.
    /// </summary>
    /// <param name="series">The primary series.</param>
    /// <returns>The latest common date, or null.</returns>
    public static DateOnly? LatestCommonDate(IReadOnlyList<DatedSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            return null;
        }

        var candidate = DateOnly.MaxValue;
        foreach (var s in series)
        {
            if (s.Count == 0)
            {
                return null;
            }

            if (s.Dates[^1] < candidate)
            {
                candidate = s.Dates[^1];
            }
        }

        while (true)
        {
            var next = candidate;
            foreach (var s in series)
            {
                var i = s.IndexOnOrBefore(candidate);
                if (i < 0)
                {
                    return null;
                }

                if (s.Dates[i] < next)
                {
                    next = s.Dates[i];
                }
            }

            if (next == candidate)
            {
                return candidate;
            }

            candidate = next;
        }
    }
}
