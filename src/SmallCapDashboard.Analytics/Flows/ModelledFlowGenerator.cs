using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Flows;

/// <summary>
/// Generates MODELLED daily fund flows for the demo where no real flow history exists. A generic model,
/// documented here, seeded and deterministic per (symbol, seed); never tuned to any article or fund.
/// </summary>
/// <remarks>
/// <para>Model, for sessions t = 0 … n−1 with closes c[t] (NAV = close):</para>
/// <list type="bullet">
/// <item>Day 0: shares = InitialAum / c[0], net flow 0.</item>
/// <item>Past return R[t] = c[t−1] / c[t−1−L] − 1 over L = ReturnLookback sessions (0 while too short).</item>
/// <item>Flow fraction f[t] = clamp(φ·f[t−1] + κ·R[t] + λ·ln(InitialAum / AUM[t−1]) + σ·ε[t], ±MaxDailyFraction),
/// ε standard normal from SplitMix64 seeded by (symbol, Seed); φ = Persistence (AR(1)), κ = ReturnSensitivity,
/// λ = AumReversion (creations when the fund has shrunk below its starting size, redemptions when it has grown
/// above it, so a fund whose price decays for years, such as an inverse fund, keeps a plausible size), σ = NoiseScale.</item>
/// <item>Net flow in currency = f[t] × AUM[t−1]; shares[t] = shares[t−1] + flow / c[t];
/// AUM[t] = shares[t] × c[t].</item>
/// </list>
/// <para>So |NetFlow[t]| / AUM[t−1] ≤ MaxDailyFraction (up to floating-point rounding), and flow % of AUM
/// (<see cref="FlowMath.PercentOfAum"/>) equals 100·f[t].</para>
/// </remarks>
public static class ModelledFlowGenerator
{
    /// <summary>
    /// Modelled shares outstanding, NAV, net flow and AUM for each session of a fund's price history (see the
    /// remarks of <see cref="ModelledFlowGenerator"/>). Same (symbol, dates, closes, options) → same output, on any
    /// machine. Use the price-basis closes (NAV tracks the traded price, dividends not added back).
    /// </summary>
    /// <param name="symbol">The fund's symbol (part of the seed).</param>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="closes">Closes (price basis), positive, same length.</param>
    /// <param name="options">Model parameters.</param>
    /// <returns>One modelled row per session.</returns>
    /// <exception cref="ArgumentException">Lengths differ, dates are not ascending, or a close is not a positive number.</exception>
    public static IReadOnlyList<ModelledFlowDay> Generate(string symbol, DateOnly[] dates, double[] closes, ModelledFlowOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(closes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Guard.SameLength(dates.Length, closes.Length, nameof(dates), nameof(closes));
        for (var i = 0; i < closes.Length; i++)
        {
            if (!(closes[i] > 0) || double.IsInfinity(closes[i]))
            {
                throw new ArgumentException(
                    $"Close {i} ({dates[i]:yyyy-MM-dd}) of {symbol} must be a positive number, not {closes[i]}.", nameof(closes));
            }

            if (i > 0 && dates[i] <= dates[i - 1])
            {
                throw new ArgumentException(
                    $"Dates of {symbol} must be strictly ascending: index {i} ({dates[i]:yyyy-MM-dd}).", nameof(dates));
            }
        }

        var rows = new ModelledFlowDay[closes.Length];
        if (closes.Length == 0)
        {
            return rows;
        }

        var rng = new SplitMix64(SplitMix64.SeedFor(symbol, options.Seed));
        var shares = options.InitialAum / closes[0];
        var aum = shares * closes[0];
        rows[0] = new ModelledFlowDay(dates[0], shares, closes[0], 0.0, aum);
        var fraction = 0.0;
        var lookback = options.ReturnLookback;
        var cap = options.MaxDailyFraction;
        for (var t = 1; t < closes.Length; t++)
        {
            var pastReturn = t - 1 - lookback >= 0 ? closes[t - 1] / closes[t - 1 - lookback] - 1.0 : 0.0;
            fraction = options.Persistence * fraction
                + options.ReturnSensitivity * pastReturn
                + options.AumReversion * Math.Log(options.InitialAum / aum)
                + options.NoiseScale * rng.NextGaussian();
            fraction = Math.Clamp(fraction, -cap, cap);

            var nav = closes[t];
            var previousShares = shares;
            shares = previousShares + fraction * aum / nav;
            var flow = (shares - previousShares) * nav;
            aum = shares * nav;
            rows[t] = new ModelledFlowDay(dates[t], shares, nav, flow, aum);
        }

        return rows;
    }
}
