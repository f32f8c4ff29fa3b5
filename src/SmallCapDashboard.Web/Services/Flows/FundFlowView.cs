namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>How flow bars are summed for display: daily on short windows, weekly or monthly sums on long ones.</summary>
public enum FlowGranularity
{
    Daily,
    Weekly,
    Monthly,
}

/// <summary>
/// One fund's flows over the window, index-aligned with <see cref="Dates"/> (the fund's stored days in the window).
/// Money in US dollars; null = not reported. Every derived series carries its own "modelled" flags: a point is
/// modelled when any modelled day went into it (the day itself, the window's running sum, the trailing 30 days).
/// </summary>
public sealed record FundFlowView(
    string Symbol,
    DateOnly[] Dates,
    double?[] NetFlow,
    bool[] Modelled,
    double?[] Cumulative,
    bool[] CumulativeModelled,
    double?[] TrailingAverage,
    bool[] TrailingModelled,
    double?[] Aum,
    double?[] PercentOfAum,
    string[] Source,
    DateOnly[] PriceDates,
    double[] PriceCloses,
    DateOnly? LastDate)
{
    /// <summary>The fund's stored days with a net flow (whole history, in the view's real/modelled mode), or null.</summary>
    public Charts.StoredRange? StoredFlows { get; init; }

    /// <summary>The fund's stored days with an AUM, or null.</summary>
    public Charts.StoredRange? StoredAum { get; init; }

    /// <summary>The fund's stored price bars, or null.</summary>
    public Charts.StoredRange? StoredPrices { get; init; }

    /// <summary>Days in the window.</summary>
    public int Count => Dates.Length;

    /// <summary>Whether any day in the window is modelled (the panels showing it must say so).</summary>
    public bool AnyModelled => Array.IndexOf(Modelled, true) >= 0;

    /// <summary>Number of modelled days in the window.</summary>
    public int ModelledDays => Counting(true);

    /// <summary>Number of real (issuer or data-provider) days in the window.</summary>
    public int RealDays => Counting(false);

    /// <summary>The distinct sources of the real days in the window, ordered.</summary>
    public IReadOnlyList<string> RealSources
    {
        get
        {
            var set = new SortedSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Dates.Length; i++)
            {
                if (!Modelled[i])
                {
                    set.Add(Source[i]);
                }
            }

            return [.. set];
        }
    }

    /// <summary>The distinct sources of the modelled days in the window (e.g. <c>model:v1</c>).</summary>
    public IReadOnlyList<string> ModelledSources
    {
        get
        {
            var set = new SortedSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Dates.Length; i++)
            {
                if (Modelled[i])
                {
                    set.Add(Source[i]);
                }
            }

            return [.. set];
        }
    }

    private int Counting(bool modelled)
    {
        var n = 0;
        foreach (var m in Modelled)
        {
            if (m == modelled)
            {
                n++;
            }
        }

        return n;
    }
}

/// <summary>
/// One flow bar: the real and the modelled part of a day's, week's or month's net flow (US dollars), kept apart
/// so each is drawn in its own style. <see cref="Date"/> is the period's last session.
/// </summary>
public sealed record FlowBar(DateOnly Date, double? Real, double? Modelled);
