using System.Globalization;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Decides whether an import disagrees with stored rows of another source on the dates they share. Vendors
/// differ on a few bad prints (the real IWM and QQQ files do on 2–40 days of 6,000), so one odd day is not
/// a disagreement: the overlap disagrees when the median relative difference exceeds 0.5%, or when more than
/// 5% of the shared days differ by more than 0.5%.
/// </summary>
internal static class OverlapRule
{
    /// <summary>Relative difference above which two values disagree (0.5%).</summary>
    public const double Tolerance = 0.005;

    /// <summary>Share of disagreeing days above which the whole overlap disagrees.</summary>
    public const double MaxDisagreeingShare = 0.05;

    public static OverlapVerdict Judge(List<(DateOnly Date, double Stored, double Imported)> pairs)
    {
        if (pairs.Count == 0)
        {
            return new OverlapVerdict(0, 0, 0, 0, default, default, default);
        }

        var diffs = new double[pairs.Count];
        var disagreeing = 0;
        var max = -1.0;
        var maxDate = default(DateOnly);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (date, stored, imported) = pairs[i];
            var d = Math.Abs((imported / stored) - 1);
            diffs[i] = d;
            disagreeing += d > Tolerance ? 1 : 0;
            if (d > max)
            {
                max = d;
                maxDate = date;
            }
        }

        Array.Sort(diffs);
        var median = diffs.Length % 2 == 1 ? diffs[diffs.Length / 2] : (diffs[(diffs.Length / 2) - 1] + diffs[diffs.Length / 2]) / 2;
        return new OverlapVerdict(pairs.Count, disagreeing, median, max, maxDate, pairs[0].Date, pairs[^1].Date);
    }
}

/// <summary>Summary of an overlap between an import and stored rows of another source.</summary>
internal sealed record OverlapVerdict(int Days, int DisagreeingDays, double Median, double Max, DateOnly MaxDate, DateOnly From, DateOnly To)
{
    public bool Disagrees => Days > 0
        && (Median > OverlapRule.Tolerance || DisagreeingDays > OverlapRule.MaxDisagreeingShare * Days);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Days} shared days {From:yyyy-MM-dd}..{To:yyyy-MM-dd}: median difference {Median:P3}, {DisagreeingDays} day(s) over 0.5%, largest {Max:P2} on {MaxDate:yyyy-MM-dd}");
}
