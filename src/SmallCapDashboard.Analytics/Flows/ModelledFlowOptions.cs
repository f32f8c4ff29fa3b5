namespace SmallCapDashboard.Analytics.Flows;

/// <summary>
/// Parameters of the generic modelled-flow model (see <see cref="ModelledFlowGenerator"/>). The defaults are
/// round, generic numbers chosen before looking at any article; they are not fitted to any fund.
/// </summary>
public sealed record ModelledFlowOptions
{
    /// <summary>Seed of the pseudo-random generator; combined with the symbol, so each fund gets its own path.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>AUM on the first day, in currency (default 1e9).</summary>
    public double InitialAum { get; init; } = 1e9;

    /// <summary>AR(1) coefficient φ of the daily flow fraction (persistence), in [0, 1). Default 0.3.</summary>
    public double Persistence { get; init; } = 0.3;

    /// <summary>κ: flow fraction per unit of past 20-session return (performance chasing when positive). Default 0.01.</summary>
    public double ReturnSensitivity { get; init; } = 0.01;

    /// <summary>
    /// λ: flow fraction per unit of log gap between the starting AUM and the previous day's AUM (mean reversion of the
    /// fund's size). Default 0.002 (a fund at half its starting size draws about 0.14 % of AUM a day in creations).
    /// </summary>
    public double AumReversion { get; init; } = 0.002;

    /// <summary>σ: standard deviation of the daily noise in the flow fraction. Default 0.003 (0.3 % of AUM).</summary>
    public double NoiseScale { get; init; } = 0.003;

    /// <summary>Bound on |daily flow| / previous AUM; the fraction is clamped to ± this. Default 0.02 (2 %).</summary>
    public double MaxDailyFraction { get; init; } = 0.02;

    /// <summary>Sessions of the past return the flows react to. Default 20.</summary>
    public int ReturnLookback { get; init; } = 20;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public void Validate()
    {
        if (!(InitialAum > 0) || double.IsInfinity(InitialAum))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialAum), InitialAum, "InitialAum must be a positive finite amount.");
        }

        if (!(Persistence >= 0 && Persistence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Persistence), Persistence, "Persistence must be in [0, 1).");
        }

        if (!double.IsFinite(ReturnSensitivity))
        {
            throw new ArgumentOutOfRangeException(nameof(ReturnSensitivity), ReturnSensitivity, "ReturnSensitivity must be finite.");
        }

        if (!(AumReversion >= 0) || double.IsInfinity(AumReversion))
        {
            throw new ArgumentOutOfRangeException(nameof(AumReversion), AumReversion, "AumReversion must be a finite number ≥ 0.");
        }

        if (!(NoiseScale >= 0) || double.IsInfinity(NoiseScale))
        {
            throw new ArgumentOutOfRangeException(nameof(NoiseScale), NoiseScale, "NoiseScale must be a finite number ≥ 0.");
        }

        if (!(MaxDailyFraction > 0 && MaxDailyFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDailyFraction), MaxDailyFraction, "MaxDailyFraction must be in (0, 1).");
        }

        if (ReturnLookback < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ReturnLookback), ReturnLookback, "ReturnLookback must be at least 1.");
        }
    }
}
