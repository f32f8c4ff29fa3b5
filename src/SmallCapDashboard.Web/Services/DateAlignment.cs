namespace SmallCapDashboard.Web.Services;

/// <summary>Puts a series onto another date axis (NaN where it has no value), for charts sharing one x-index.</summary>
public static class DateAlignment
{
    /// <summary>Values of (<paramref name="dates"/>, <paramref name="values"/>) on <paramref name="axis"/>[start..end]; NaN where missing.</summary>
    public static double[] OnAxis(DateOnly[] axis, int start, int end, DateOnly[] dates, double[] values)
    {
        var result = new double[end - start + 1];
        var j = 0;
        for (var i = start; i <= end; i++)
        {
            var d = axis[i];
            while (j < dates.Length && dates[j] < d)
            {
                j++;
            }

            result[i - start] = j < dates.Length && dates[j] == d ? values[j] : double.NaN;
        }

        return result;
    }
}
