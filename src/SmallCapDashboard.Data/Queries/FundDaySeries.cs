namespace SmallCapDashboard.Data.Queries;

/// <summary>
/// A fund's stored days as index-aligned arrays, ascending by date. Null = not reported.
/// <see cref="Modelled"/> marks rows from the demo flow model (label them wherever they show).
/// </summary>
public sealed record FundDaySeries(
    string Symbol,
    DateOnly[] Dates,
    double?[] SharesOutstanding,
    double?[] Nav,
    double?[] NetFlow,
    double?[] Aum,
    string[] Source,
    bool[] Modelled)
{
    public int Count => Dates.Length;

    /// <summary>Whether any row is modelled.</summary>
    public bool AnyModelled => Array.IndexOf(Modelled, true) >= 0;
}
