namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// Golden and death crosses between any two aligned series (typically SMA 50/200 or 10/50).
/// </summary>
/// <remarks>
/// Convention (DESIGN.md, as the TA-Lib references): the sign of fast − slow is +1, −1, or 0 when
/// |fast − slow| ≤ 1e-9 × |slow|. A cross is the session whose non-zero sign differs from the last non-zero
/// sign before it (so +, 0, − is one death cross on the − day, and +, 0, + is none). There is no cross on
/// the first session where both exist: it has no earlier sign. Sessions where either value is NaN (warm-up,
/// missing) are skipped and carry no sign. Basis-agnostic: it compares whatever it is given. O(n).
/// </remarks>
public static class MovingAverageCrosses
{
    /// <summary>Relative band within which fast and slow count as equal (no sign).</summary>
    public const double EqualityTolerance = 1e-9;

    /// <summary>Every cross, oldest first.</summary>
    /// <param name="dates">Ascending session dates, aligned with both series.</param>
    /// <param name="fast">Fast average (NaN = not yet available).</param>
    /// <param name="slow">Slow average (NaN = not yet available).</param>
    /// <returns>The crosses in date order; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">The three inputs differ in length.</exception>
    public static IReadOnlyList<CrossEvent> Find(DateOnly[] dates, ReadOnlySpan<double> fast, ReadOnlySpan<double> slow)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (fast.Length != dates.Length)
        {
            throw new ArgumentException($"fast has {fast.Length} values but dates has {dates.Length}.", nameof(fast));
        }

        if (slow.Length != dates.Length)
        {
            throw new ArgumentException($"slow has {slow.Length} values but dates has {dates.Length}.", nameof(slow));
        }

        var result = new List<CrossEvent>();
        var lastSign = 0;
        for (var i = 0; i < dates.Length; i++)
        {
            var f = fast[i];
            var s = slow[i];
            var diff = f - s;
            if (double.IsNaN(diff))
            {
                continue;
            }

            if (Math.Abs(diff) <= EqualityTolerance * Math.Abs(s))
            {
                continue;
            }

            var sign = diff > 0 ? 1 : -1;
            if (lastSign != 0 && sign != lastSign)
            {
                result.Add(new CrossEvent(dates[i], i, sign > 0 ? CrossType.Golden : CrossType.Death, f, s));
            }

            lastSign = sign;
        }

        return result;
    }
}
