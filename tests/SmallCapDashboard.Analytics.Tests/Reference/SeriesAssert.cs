namespace SmallCapDashboard.Analytics.Tests.Reference;

/// <summary>Element-wise comparison of aligned series, NaN meaning "empty cell".</summary>
public static class SeriesAssert
{
    /// <summary>The tolerance of every parity test: 1e-9 absolute.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>
    /// Same length; NaN exactly where <paramref name="expected"/> is NaN (warm-up cells empty exactly where the
    /// reference is empty); elsewhere within <paramref name="tolerance"/>. The failure names the first bad row.
    /// </summary>
    public static void Equal(double[] expected, double[] actual, DateOnly[] dates, string what, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        var compared = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var a = actual[i];
            if (double.IsNaN(e))
            {
                if (!double.IsNaN(a))
                {
                    Assert.Fail($"{what}: row {i} ({dates[i]:yyyy-MM-dd}) should be empty (warm-up) but is {a:R}");
                }

                continue;
            }

            if (!(Math.Abs(e - a) <= tolerance))
            {
                Assert.Fail($"{what}: row {i} ({dates[i]:yyyy-MM-dd}) is {a:R}, reference {e:R} (diff {Math.Abs(e - a):E2})");
            }

            compared++;
        }

        Assert.True(compared > 0, $"{what}: the reference has no value to compare");
    }
}
