namespace SmallCapDashboard.Analytics.Signals;

/// <summary>
/// A price–RSI divergence between two consecutive swing highs (bearish) or swing lows (bullish).
/// </summary>
/// <param name="Type">Bearish or bullish.</param>
/// <param name="FirstIndex">Index of the earlier swing.</param>
/// <param name="FirstDate">Date of the earlier swing.</param>
/// <param name="SecondIndex">Index of the later swing.</param>
/// <param name="SecondDate">Date of the later swing.</param>
/// <param name="ConfirmedIndex">Index at which the later swing is confirmed: <c>SecondIndex + swingWindow</c>. Nothing after this session is used, so it is the first day the divergence is known.</param>
/// <param name="ConfirmedDate">Date of <paramref name="ConfirmedIndex"/>; the date a signal history uses.</param>
/// <param name="FirstClose">Close at the earlier swing.</param>
/// <param name="SecondClose">Close at the later swing.</param>
/// <param name="FirstRsi">RSI at the earlier swing.</param>
/// <param name="SecondRsi">RSI at the later swing.</param>
public sealed record Divergence(
    DivergenceType Type,
    int FirstIndex,
    DateOnly FirstDate,
    int SecondIndex,
    DateOnly SecondDate,
    int ConfirmedIndex,
    DateOnly ConfirmedDate,
    double FirstClose,
    double SecondClose,
    double FirstRsi,
    double SecondRsi);
