namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>One row of a bar file as read, before it is turned into the canonical basis.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Extra">Adjusted close (Yahoo, EOD) or cash dividend (yfinance); 0 when the format has none.</param>
internal readonly record struct RawBar(
    int Line,
    DateOnly Date,
    double Open,
    double High,
    double Low,
    double Close,
    double Volume,
    double Extra)
{
    public bool SameValues(in RawBar other) =>
        Open == other.Open && High == other.High && Low == other.Low && Close == other.Close
        && Volume == other.Volume && Extra == other.Extra;
}
