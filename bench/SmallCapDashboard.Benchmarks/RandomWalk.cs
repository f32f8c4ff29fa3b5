namespace SmallCapDashboard.Benchmarks;

/// <summary>Deterministic benchmark input: a seeded geometric random walk of daily closes.</summary>
public static class RandomWalk
{
    /// <summary>
    /// <paramref name="count"/> closes starting at 100, each day ×(1 + r) with r uniform in ±2 %, from
    /// <see cref="Random"/> seeded with <paramref name="seed"/> (same series on every run).
    /// </summary>
    public static double[] Closes(int count, int seed = 20_240_101)
    {
        var random = new Random(seed);
        var closes = new double[count];
        var x = 100.0;
        for (var i = 0; i < count; i++)
        {
            x *= 1 + ((random.NextDouble() - 0.5) * 0.04);
            closes[i] = x;
        }

        return closes;
    }

    /// <summary>Consecutive weekdays from 1990-01-01, one per close.</summary>
    public static DateOnly[] Dates(int count)
    {
        var dates = new DateOnly[count];
        var d = new DateOnly(1990, 1, 1);
        for (var i = 0; i < count; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                d = d.AddDays(1);
            }

            dates[i] = d;
            d = d.AddDays(1);
        }

        return dates;
    }
}
