namespace SmallCapDashboard.Analytics.Indicators;

/// <summary>Argument checks shared by the indicators; every message names the argument and the bad index.</summary>
internal static class IndicatorGuard
{
    /// <summary>Throws when <paramref name="value"/> is below 1.</summary>
    public static void Period(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
        }
    }

    /// <summary>Throws naming the first value that is NaN, infinite or not strictly positive.</summary>
    public static void ThrowBadPrice(ReadOnlySpan<double> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!(v > 0) || double.IsInfinity(v))
            {
                throw new ArgumentException(
                    $"{name}[{i}] is {v}; prices must be finite and greater than zero (NaN is not allowed).", name);
            }
        }

        throw new ArgumentException($"{name} holds an invalid price.", name);
    }

    /// <summary>Validates a whole price series up front (for indicators whose main loop does not touch every value).</summary>
    public static void Prices(ReadOnlySpan<double> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!(v > 0) || v == double.PositiveInfinity)
            {
                ThrowBadPrice(values, name);
            }
        }
    }
}
