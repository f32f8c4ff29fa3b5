namespace SmallCapDashboard.Data.Entities;

/// <summary>What an instrument is: drives which pages list it and how flows and leverage maths treat it.</summary>
public enum InstrumentKind
{
    /// <summary>An unleveraged exchange-traded fund (IWM, IJR, SPY, DIA, QQQ).</summary>
    Etf = 0,
    /// <summary>A daily-reset leveraged or inverse fund (TNA, TZA, RWM, TWM, SRTY); see <see cref="Instrument.Leverage"/>.</summary>
    LeveragedEtf = 1,
    /// <summary>A market index (^RUT, ^GSPC): prices only, no flows, volume not meaningful.</summary>
    Index = 2,
    /// <summary>Anything else imported by a user.</summary>
    Other = 3,
}

/// <summary>Which side of the small-versus-large comparison an instrument belongs to.</summary>
public enum SizeGroup
{
    /// <summary>Not classified.</summary>
    None = 0,
    /// <summary>Small caps (IWM, IJR, ^RUT and the leveraged small-cap funds).</summary>
    Small = 1,
    /// <summary>Large caps (SPY, DIA, QQQ, ^GSPC).</summary>
    Large = 2,
}

/// <summary>A tradable fund or an index in the catalogue.</summary>
public class Instrument
{
    public int Id { get; set; }

    /// <summary>Ticker as users type it, upper case (e.g. <c>IWM</c>, <c>^RUT</c>).</summary>
    public required string Symbol { get; set; }

    public string Name { get; set; } = "";

    public InstrumentKind Kind { get; set; }

    /// <summary>Daily leverage β: 1 for plain funds, 3 for TNA, −3 for TZA, −1 for RWM, −2 for TWM, −3 for SRTY.</summary>
    public double Leverage { get; set; } = 1.0;

    /// <summary>The symbol whose daily return the fund multiplies (e.g. <c>IWM</c> or <c>^RUT</c>), if any.</summary>
    public string? Benchmark { get; set; }

    public SizeGroup SizeGroup { get; set; }

    public string? Issuer { get; set; }

    public List<DailyBar> Bars { get; set; } = [];

    public List<FundDay> FundDays { get; set; } = [];
}
