namespace SmallCapDashboard.Data.Seed;

/// <summary>What a seed wrote. All zero when the database already held the bundle.</summary>
public sealed record SeedResult(int Instruments, int Bars, int RealFundDays, int ModelledFundDays, int ReplacedModelledDays, TimeSpan Elapsed)
{
    /// <summary>Whether the seed changed anything.</summary>
    public bool ChangedAnything => Instruments + Bars + RealFundDays + ModelledFundDays + ReplacedModelledDays > 0;
}
