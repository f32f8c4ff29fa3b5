using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Indicators;

/// <summary>A moving average over the window.</summary>
public sealed record MovingAverageLine(int Period, double[] Values);

/// <summary>A cross of two moving averages, labelled by the pair (e.g. <c>50/200</c>).</summary>
public sealed record LabelledCross(string Pair, CrossEvent Cross);

/// <summary>One line of the signal history: a cross, a regime change or a divergence, with what followed.</summary>
public sealed record SignalRow(DateOnly Date, string Signal, string Detail, double Close, double? Return1M, double? Return3M, double? Return6M);

/// <summary>
/// Everything <c>/indicators</c> shows for one query. Indicators are computed on the symbol's full history and cut
/// to the window [base close, end]; arrays below are aligned with <see cref="Dates"/>. NaN = warm-up.
/// </summary>
public sealed record IndicatorsModel(
    IndicatorsQuery Query,
    ResolvedWindow Window,
    string Description,
    bool HasVolume,
    DateOnly[] Dates,
    double[] Open,
    double[] High,
    double[] Low,
    double[] Close,
    double[] Volume,
    IReadOnlyList<MovingAverageLine> MovingAverages,
    double[] BollingerUpper,
    double[] BollingerMiddle,
    double[] BollingerLower,
    double[] Rsi,
    double[] MacdLine,
    double[] MacdSignal,
    double[] MacdHistogram,
    IReadOnlyList<LabelledCross> Crosses,
    IReadOnlyList<RsiInterval> RsiRegimes,
    IReadOnlyList<Divergence> Divergences,
    IReadOnlyList<SignalRow> Signals,
    IReadOnlyList<SignalHitRate> HitRates,
    DateOnly LastDate,
    IReadOnlyList<QueryNotice> Notices,
    Func<(DateOnly[] Dates, IReadOnlyList<(string Name, double[] Values)> Columns)> Export)
{
    /// <summary>The exponential moving averages over the window (the query's <c>ema=</c> periods).</summary>
    public IReadOnlyList<MovingAverageLine> ExponentialAverages { get; init; } = [];

    /// <summary>The lowest and highest close in the window (trough and peak) with their dates; null when empty.</summary>
    public WindowExtremes? Extremes { get; init; }
}

/// <summary>The trough and peak closes of a window, with the drawdown from the peak to the last close.</summary>
public sealed record WindowExtremes(DateOnly TroughDate, double Trough, DateOnly PeakDate, double Peak, double LastClose)
{
    /// <summary>The last close's distance from the window's peak (fraction ≤ 0).</summary>
    public double FromPeak => LastClose / Peak - 1.0;

    /// <summary>The last close's distance above the window's trough (fraction ≥ 0).</summary>
    public double FromTrough => LastClose / Trough - 1.0;
}
