using System.Globalization;

namespace SmallCapDashboard.Data.Import;

/// <summary>
/// The plausible range of every value an import stores, in one place (documented in <c>Import/README.md</c>). A
/// value outside its range is refused with its line and field, never clamped. The ranges are wide enough for
/// every real file at hand (TZA's split-adjusted 2008 prices reach 1.3e6; ^GSPC volume 1.1e10; IWM flows 2.4e10)
/// and narrow enough that a shifted column, a lost decimal point or <c>1e308</c> cannot pass.
/// </summary>
public static class ImportBounds
{
    /// <summary>Prices (open, high, low, close, adjusted close) and NAV: finite, above 0 and below this.</summary>
    public const double MaxPrice = 1e7;

    /// <summary>Volume: finite, at least 0 and below this.</summary>
    public const double MaxVolume = 1e13;

    /// <summary>Shares outstanding: finite, above 0 and below this.</summary>
    public const double MaxShares = 1e13;

    /// <summary>Net flow in dollars (reported or derived from the share change): finite, |flow| below this.</summary>
    public const double MaxAbsFlow = 1e13;

    /// <summary>Assets under management in dollars (reported or shares × NAV): finite, at least 0 and below this.</summary>
    public const double MaxAum = 1e14;

    /// <summary>Cash dividend per share (yfinance Dividends column): finite, at least 0 and below <see cref="MaxPrice"/>.</summary>
    public const double MaxDividend = MaxPrice;

    /// <summary>Open and Close may sit outside [Low, High] by this relative amount (vendor rounding), no more.</summary>
    public const double RangeTolerance = 1e-6;

    /// <summary>Offsets of timestamps within ±14:00 (the widest UTC offsets in use).</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>The earliest date accepted (index histories reach back to 1927).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    private static readonly TimeZoneInfo NewYork = FindNewYork();

    /// <summary>
    /// The latest date accepted: the next New York session after today in New York (the first weekday after it;
    /// holidays are not excluded), so a file carrying tomorrow's as-of date (issuer files do) passes and a
    /// far-future row does not.
    /// </summary>
    public static DateOnly LatestDate(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), NewYork).DateTime);
        var next = today.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            next = next.AddDays(1);
        }

        return next;
    }

    // NaN is refused as such; infinities (1e308 × 1000) fall through to the range checks and read "implausible".

    /// <summary>The problem with a price or NAV <paramref name="value"/>, or null when it is in range.</summary>
    public static string? PriceProblem(double value, string what = "price") =>
        double.IsNaN(value) ? $"{what} is not a number (NaN)"
        : value <= 0 ? $"{what} {Show(value)} is not above zero"
        : value >= MaxPrice ? $"{what} {Show(value)} is not below {Show(MaxPrice)} (implausible)"
        : null;

    /// <summary>The problem with a volume, or null.</summary>
    public static string? VolumeProblem(double value) => NonNegativeProblem(value, "volume", MaxVolume);

    /// <summary>The problem with a count of shares outstanding, or null.</summary>
    public static string? SharesProblem(double value) =>
        double.IsNaN(value) ? "shares is not a number (NaN)"
        : value < 0 ? $"shares {Show(value)} is negative"
        : value == 0 ? "shares outstanding 0 is not above zero"
        : value >= MaxShares ? $"shares {Show(value)} is not below {Show(MaxShares)} (implausible)"
        : null;

    /// <summary>The problem with a net flow in dollars, or null.</summary>
    public static string? FlowProblem(double value) =>
        double.IsNaN(value) ? "flow is not a number (NaN)"
        : Math.Abs(value) >= MaxAbsFlow ? $"flow {Show(value)} is not within ±{Show(MaxAbsFlow)} (implausible)"
        : null;

    /// <summary>The problem with assets under management in dollars, or null.</summary>
    public static string? AumProblem(double value) => NonNegativeProblem(value, "AUM", MaxAum);

    /// <summary>The problem with a cash dividend per share, or null.</summary>
    public static string? DividendProblem(double value) => NonNegativeProblem(value, "dividend", MaxDividend);

    /// <summary>The problem with a date, or null.</summary>
    public static string? DateProblem(DateOnly date, DateOnly latest) =>
        date < EarliestDate ? $"{date:yyyy-MM-dd} is before {EarliestDate:yyyy-MM-dd} (implausible)"
        : date > latest ? $"{date:yyyy-MM-dd} is in the future (after the next New York session, {latest:yyyy-MM-dd})"
        : null;

    /// <summary>True when <paramref name="value"/> lies in [low, high] within <see cref="RangeTolerance"/>.</summary>
    public static bool WithinRange(double value, double low, double high) =>
        value >= low * (1 - RangeTolerance) && value <= high * (1 + RangeTolerance);

    internal static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? NonNegativeProblem(double value, string what, double max) =>
        double.IsNaN(value) ? $"{what} is not a number (NaN)"
        : value < 0 ? $"{what} {Show(value)} is negative"
        : value >= max ? $"{what} {Show(value)} is not below {Show(max)} (implausible)"
        : null;

    private static TimeZoneInfo FindNewYork()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // No time-zone data on the machine: Eastern Standard Time all year (off by one hour in summer at most).
            return TimeZoneInfo.CreateCustomTimeZone("America/New_York", TimeSpan.FromHours(-5), "New York", "EST");
        }
    }
}
