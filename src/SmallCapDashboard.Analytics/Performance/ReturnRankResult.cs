using System.Globalization;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>
/// Where one N-session return stands among all N-session windows of the history up to its end.
/// </summary>
/// <param name="Return">The ranked return as a fraction; NaN when it cannot be computed.</param>
/// <param name="Sessions">Window length in sessions.</param>
/// <param name="EndDate">End date of the ranked window.</param>
/// <param name="WindowCount">Number of windows compared (with a valid return, the ranked one included).</param>
/// <param name="LowerCount">How many of them had a strictly lower return.</param>
/// <param name="HigherCount">How many had a strictly higher return.</param>
/// <param name="LowerSince">
/// End date of the most recent earlier window whose return was strictly lower ("lowest since DATE");
/// null when none was: the lowest on record.
/// </param>
/// <param name="HigherSince">
/// End date of the most recent earlier window whose return was strictly higher ("highest since DATE");
/// null when none was: the highest on record.
/// </param>
public sealed record ReturnRankResult(
    double Return,
    int Sessions,
    DateOnly EndDate,
    int WindowCount,
    int LowerCount,
    int HigherCount,
    DateOnly? LowerSince,
    DateOnly? HigherSince)
{
    /// <summary>Fraction of the other windows with a strictly lower return (0 = lowest, 1 = highest); NaN with one window.</summary>
    public double Percentile => WindowCount > 1 ? LowerCount / (double)(WindowCount - 1) : double.NaN;

    /// <summary>
    /// The phrase for the more notable side: "lowest on record" / "highest on record" when the return is the
    /// extreme of its history, otherwise "lowest since DATE" or "highest since DATE", whichever DATE is earlier
    /// (ISO dates). Empty when the return is NaN or is the only window.
    /// </summary>
    /// <returns>The phrase.</returns>
    public string Describe()
    {
        if (double.IsNaN(Return) || WindowCount < 2)
        {
            return string.Empty;
        }

        if (LowerSince is null)
        {
            return "lowest on record";
        }

        if (HigherSince is null)
        {
            return "highest on record";
        }

        return LowerSince.Value <= HigherSince.Value
            ? "lowest since " + LowerSince.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "highest since " + HigherSince.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
