using System.Globalization;

namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>
/// Flags a last bar that looks partial (exported mid-session): its volume far below the median of the sessions
/// before it. The bar is kept; the importer only warns, so the user decides.
/// </summary>
internal static class PartialBarCheck
{
    /// <summary>Sessions before the last bar whose median volume is the yardstick.</summary>
    public const int Lookback = 20;

    /// <summary>A last bar below this fraction of the median volume gets the warning.</summary>
    public const double Threshold = 0.4;

    public static string? Check(IReadOnlyList<CanonicalBar> bars, string file)
    {
        if (bars.Count <= Lookback)
        {
            return null;
        }

        var volumes = new double[Lookback];
        for (var i = 0; i < Lookback; i++)
        {
            volumes[i] = bars[bars.Count - 1 - Lookback + i].Volume;
        }

        Array.Sort(volumes);
        var median = (volumes[(Lookback / 2) - 1] + volumes[Lookback / 2]) / 2;
        var last = bars[^1];
        if (median <= 0 || last.Volume >= Threshold * median)
        {
            return null;
        }

        var halfSession = IsUsHalfSession(last.Date) ? " (it is a US half session, which may explain it)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{file}: the last bar ({last.Date:yyyy-MM-dd}) looks partial: volume {last.Volume:N0} is {last.Volume / median:P0} of the {Lookback}-session median {median:N0}{halfSession}; it was imported, check it or cut the file before it");
    }

    /// <summary>US exchanges close early on July 3, the day after Thanksgiving and December 24 (when weekdays).</summary>
    internal static bool IsUsHalfSession(DateOnly d)
    {
        if ((d.Month, d.Day) is (7, 3) or (12, 24))
        {
            return true;
        }

        // Thanksgiving: fourth Thursday of November; the half session is the Friday after it.
        return d.Month == 11 && d.DayOfWeek == DayOfWeek.Friday && d.Day is >= 23 and <= 29;
    }
}
