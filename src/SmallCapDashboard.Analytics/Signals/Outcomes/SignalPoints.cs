namespace SmallCapDashboard.Analytics.Signals;

/// <summary>Turns the outputs of the signal finders into <see cref="SignalPoint"/>s for <see cref="SignalOutcomes"/>.</summary>
public static class SignalPoints
{
    /// <summary>One point per cross, on the cross date (golden → <see cref="SignalKind.GoldenCross"/>, death → <see cref="SignalKind.DeathCross"/>).</summary>
    /// <param name="crosses">Crosses from <see cref="MovingAverageCrosses.Find"/>.</param>
    /// <param name="label">The pair, e.g. <c>"50/200"</c>, so hit rates of different pairs stay apart; null for none.</param>
    /// <returns>The points in input order.</returns>
    public static IReadOnlyList<SignalPoint> FromCrosses(IEnumerable<CrossEvent> crosses, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(crosses);
        var result = new List<SignalPoint>();
        foreach (var c in crosses)
        {
            result.Add(new SignalPoint(c.Date, c.Type == CrossType.Golden ? SignalKind.GoldenCross : SignalKind.DeathCross, label));
        }

        return result;
    }

    /// <summary>
    /// One point per regime interval, on its first session (the day RSI crossed the threshold). The first regime
    /// of the history is included; it may start right after the RSI warm-up.
    /// </summary>
    /// <param name="regimes">Output of <see cref="RsiRegimes.Find"/>.</param>
    /// <returns>The points in date order.</returns>
    public static IReadOnlyList<SignalPoint> FromRegimes(RsiRegimeResult regimes)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        var result = new List<SignalPoint>(regimes.Regimes.Count);
        foreach (var r in regimes.Regimes)
        {
            result.Add(new SignalPoint(r.Start, r.Zone == RsiZone.UpperRegime ? SignalKind.UpperRegime : SignalKind.LowerRegime));
        }

        return result;
    }

    /// <summary>One point per divergence, on its confirmation date (no look-ahead).</summary>
    /// <param name="divergences">Output of <see cref="Divergences.Find"/>.</param>
    /// <returns>The points in input order.</returns>
    public static IReadOnlyList<SignalPoint> FromDivergences(IEnumerable<Divergence> divergences)
    {
        ArgumentNullException.ThrowIfNull(divergences);
        var result = new List<SignalPoint>();
        foreach (var d in divergences)
        {
            result.Add(new SignalPoint(d.ConfirmedDate, d.Type == DivergenceType.Bullish ? SignalKind.BullishDivergence : SignalKind.BearishDivergence));
        }

        return result;
    }
}
