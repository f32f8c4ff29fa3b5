namespace SmallCapDashboard.Analytics.Signals;

/// <summary>Output of <see cref="RsiRegimes.Find"/>.</summary>
/// <param name="States">The regime of every session, aligned with the input (None during warm-up).</param>
/// <param name="Regimes">Upper and lower regime intervals, oldest first; they never overlap.</param>
/// <param name="Overbought">Runs of sessions with RSI at or above the overbought band, oldest first.</param>
/// <param name="Oversold">Runs of sessions with RSI at or below the oversold band, oldest first.</param>
public sealed record RsiRegimeResult(
    RsiRegime[] States,
    IReadOnlyList<RsiInterval> Regimes,
    IReadOnlyList<RsiInterval> Overbought,
    IReadOnlyList<RsiInterval> Oversold);
