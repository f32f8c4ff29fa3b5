namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// Thresholds for <see cref="RsiRegimes"/>, on the RSI's 0–100 scale. Defaults: regimes switch at 55 (up) and
/// 45 (down); overbought at 70 or more, oversold at 30 or less.
/// </summary>
public sealed record RsiRegimeOptions
{
    /// <summary>The upper regime starts on the first session with RSI strictly above this (default 55).</summary>
    public double UpperEnter { get; init; } = 55;

    /// <summary>The lower regime starts on the first session with RSI strictly below this (default 45).</summary>
    public double LowerEnter { get; init; } = 45;

    /// <summary>Sessions with RSI at or above this are overbought (default 70).</summary>
    public double Overbought { get; init; } = 70;

    /// <summary>Sessions with RSI at or below this are oversold (default 30).</summary>
    public double Oversold { get; init; } = 30;

    /// <summary>The defaults (55/45, 70/30).</summary>
    public static RsiRegimeOptions Default { get; } = new();

    /// <summary>Throws when a threshold is outside [0, 100] or the pairs are out of order.</summary>
    /// <exception cref="ArgumentException">Names the bad threshold.</exception>
    public void Validate()
    {
        Check(UpperEnter, nameof(UpperEnter));
        Check(LowerEnter, nameof(LowerEnter));
        Check(Overbought, nameof(Overbought));
        Check(Oversold, nameof(Oversold));
        if (LowerEnter > UpperEnter)
        {
            throw new ArgumentException($"{nameof(LowerEnter)} ({LowerEnter}) must not exceed {nameof(UpperEnter)} ({UpperEnter}).", nameof(LowerEnter));
        }

        if (Oversold >= Overbought)
        {
            throw new ArgumentException($"{nameof(Oversold)} ({Oversold}) must be below {nameof(Overbought)} ({Overbought}).", nameof(Oversold));
        }
    }

    private static void Check(double value, string name)
    {
        if (!(value >= 0 && value <= 100))
        {
            throw new ArgumentException($"{name} is {value}; RSI thresholds must lie in [0, 100].", name);
        }
    }
}
