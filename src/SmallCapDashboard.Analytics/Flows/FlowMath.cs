using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Flows;

/// <summary>
/// Fund-flow arithmetic on daily series aligned by index with ascending session dates. Money is in the
/// fund's currency (USD); a null element means "not reported" and stays null: missing is never zero.
/// </summary>
public static class FlowMath
{
    /// <summary>
    /// Net flow from shares outstanding and NAV: <c>flow[t] = (shares[t] − shares[t−1]) × nav[t]</c>, with t−1 the
    /// previous element (previous session). Null on the first element and wherever shares[t], shares[t−1] or
    /// nav[t] is missing (null or NaN).
    /// </summary>
    /// <param name="shares">Shares outstanding per session.</param>
    /// <param name="nav">NAV per share per session, same length.</param>
    /// <returns>A new array of net flows (creations positive, redemptions negative).</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double?[] NetFlowFromShares(double?[] shares, double?[] nav)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(nav);
        Guard.SameLength(shares.Length, nav.Length, nameof(shares), nameof(nav));
        var result = new double?[shares.Length];
        for (var t = 1; t < shares.Length; t++)
        {
            if (Value(shares[t]) is { } s && Value(shares[t - 1]) is { } p && Value(nav[t]) is { } n)
            {
                result[t] = (s - p) * n;
            }
        }

        return result;
    }

    /// <summary>
    /// Daily net flows where a source reports flows directly: the reported value is kept as given wherever present;
    /// elsewhere the flow derived from shares and NAV (<see cref="NetFlowFromShares"/>) fills in; null when neither exists.
    /// </summary>
    /// <param name="reported">Flows reported by the source (null = not reported).</param>
    /// <param name="shares">Shares outstanding, same length.</param>
    /// <param name="nav">NAV per share, same length.</param>
    /// <returns>A new array of net flows.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double?[] NetFlows(double?[] reported, double?[] shares, double?[] nav)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(shares);
        Guard.SameLength(reported.Length, shares.Length, nameof(reported), nameof(shares));
        var derived = NetFlowFromShares(shares, nav);
        for (var t = 0; t < derived.Length; t++)
        {
            if (Value(reported[t]) is { } r)
            {
                derived[t] = r;
            }
        }

        return derived;
    }

    /// <summary>
    /// Cumulative net flow: a running sum in which missing days contribute nothing but stay null in the result
    /// (the running total resumes on the next reported day). Null before the first reported day.
    /// </summary>
    /// <param name="flows">Daily net flows (null = not reported).</param>
    /// <returns>A new array of running totals.</returns>
    public static double?[] Cumulative(double?[] flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var result = new double?[flows.Length];
        var sum = 0.0;
        for (var t = 0; t < flows.Length; t++)
        {
            if (Value(flows[t]) is { } f)
            {
                sum += f;
                result[t] = sum;
            }
        }

        return result;
    }

    /// <summary>
    /// Trailing average daily flow: for each session t, the mean of the reported flows of the sessions whose date
    /// lies in (date[t] − <paramref name="calendarDays"/> days, date[t]] — sessions without a value are left out of
    /// both sum and count. Null when no session in that window has a value. Two pointers, O(n).
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="flows">Daily net flows, same length.</param>
    /// <param name="calendarDays">Window length in calendar days (default 30), at least 1.</param>
    /// <returns>A new array of averages (currency per session).</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendarDays"/> is below 1.</exception>
    public static double?[] TrailingAverage(DateOnly[] dates, double?[] flows, int calendarDays = 30)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(flows);
        Guard.SameLength(dates.Length, flows.Length, nameof(dates), nameof(flows));
        Guard.AtLeast(calendarDays, 1, nameof(calendarDays));
        var result = new double?[flows.Length];
        var sum = 0.0;
        var count = 0;
        var start = 0;
        for (var t = 0; t < flows.Length; t++)
        {
            if (Value(flows[t]) is { } f)
            {
                sum += f;
                count++;
            }

            var cutoff = dates[t].AddDays(-calendarDays);
            while (dates[start] <= cutoff)
            {
                if (Value(flows[start]) is { } old)
                {
                    sum -= old;
                    count--;
                }

                start++;
            }

            if (count == 0)
            {
                sum = 0.0; // drop any rounding residue left by the subtractions
            }
            else
            {
                result[t] = sum / count;
            }
        }

        return result;
    }

    /// <summary>Assets under management: <c>shares[t] × nav[t]</c>; null where either is missing.</summary>
    /// <param name="shares">Shares outstanding.</param>
    /// <param name="nav">NAV per share, same length.</param>
    /// <returns>A new array of AUM in currency.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double?[] Aum(double?[] shares, double?[] nav)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(nav);
        Guard.SameLength(shares.Length, nav.Length, nameof(shares), nameof(nav));
        var result = new double?[shares.Length];
        for (var t = 0; t < shares.Length; t++)
        {
            if (Value(shares[t]) is { } s && Value(nav[t]) is { } n)
            {
                result[t] = s * n;
            }
        }

        return result;
    }

    /// <summary>
    /// Flow as a percentage of the assets it flowed into or out of: <c>flow[t] / aum[t−1] × 100</c>, the previous
    /// session's AUM (today's AUM already contains today's flow). Null on the first element, where either is missing,
    /// or where the previous AUM is not positive.
    /// </summary>
    /// <param name="flows">Daily net flows.</param>
    /// <param name="aum">AUM per session, same length.</param>
    /// <returns>A new array in percent.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double?[] PercentOfAum(double?[] flows, double?[] aum)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(aum);
        Guard.SameLength(flows.Length, aum.Length, nameof(flows), nameof(aum));
        var result = new double?[flows.Length];
        for (var t = 1; t < flows.Length; t++)
        {
            if (Value(flows[t]) is { } f && Value(aum[t - 1]) is { } a && a > 0)
            {
                result[t] = f / a * 100.0;
            }
        }

        return result;
    }

    /// <summary>Null for null or NaN, the value otherwise.</summary>
    internal static double? Value(double? x) => x is { } v && !double.IsNaN(v) ? v : null;
}
