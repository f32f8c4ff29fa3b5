namespace SmallCapDashboard.Analytics.Tests.Reference;

/// <summary>Everything in one reference folder (SYNA or SYNB): bars and every TA-Lib output.</summary>
public sealed class ReferenceSet
{
    public ReferenceSet(string name)
    {
        Name = name;
        Bars = ReferenceCsv.LoadTable(name, "bars.csv");
        Sma10 = ReferenceCsv.LoadTable(name, "sma_10.csv");
        Sma50 = ReferenceCsv.LoadTable(name, "sma_50.csv");
        Sma200 = ReferenceCsv.LoadTable(name, "sma_200.csv");
        Ema20 = ReferenceCsv.LoadTable(name, "ema_20.csv");
        Rsi14 = ReferenceCsv.LoadTable(name, "rsi_14.csv");
        MacdStd = ReferenceCsv.LoadTable(name, "macd_12_26_9.std.csv");
        BollingerTwoPass = ReferenceCsv.LoadTable(name, "bb_20_2.twopass.csv");
        Crosses = ReferenceCsv.LoadCrosses(name);
    }

    public string Name { get; }

    public ReferenceTable Bars { get; }

    public DateOnly[] Dates => Bars.Dates;

    public double[] Close => Bars["Close"];

    public ReferenceTable Sma10 { get; }

    public ReferenceTable Sma50 { get; }

    public ReferenceTable Sma200 { get; }

    public ReferenceTable Ema20 { get; }

    public ReferenceTable Rsi14 { get; }

    public ReferenceTable MacdStd { get; }

    public ReferenceTable BollingerTwoPass { get; }

    public IReadOnlyList<ReferenceCross> Crosses { get; }
}

/// <summary>Loads SYNA and SYNB once per test class (xUnit class fixture).</summary>
public sealed class ReferenceFixture
{
    private readonly Dictionary<string, ReferenceSet> _sets = new(StringComparer.Ordinal)
    {
        ["SYNA"] = new ReferenceSet("SYNA"),
        ["SYNB"] = new ReferenceSet("SYNB"),
    };

    public ReferenceSet this[string name] => _sets[name];
}
