using System.Globalization;
using System.Text;
using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Data.Import.Parsing;

/// <summary>
/// Field conversions shared by every parser. Numbers are strict invariant culture: an optional sign, digits, an
/// optional <c>.</c> and fraction, an optional exponent. Anything else (a thousands separator, a decimal comma, a
/// <c>%</c>, a currency sign, a space inside) is refused with the line and field, never reinterpreted; the only
/// exception is <see cref="Money"/>, for the formats whose documented shape is <c>$735,257,420.92</c>. Values are
/// checked against <see cref="ImportBounds"/>, dates against the earliest and latest dates, symbols against
/// <see cref="SymbolRules"/>.
/// </summary>
internal static class Fields
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "MM/dd/yyyy", "M/d/yyyy", "yyyyMMdd", "dd-MMM-yyyy", "d-MMM-yyyy",
    ];

    /// <summary>True for a value the source did not report: empty or the string <c>null</c>.</summary>
    public static bool IsMissing(string s) =>
        s.Length == 0 || s.Equals("null", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A trading date between <see cref="ImportBounds.EarliestDate"/> and <see cref="CsvInput.LatestDate"/>. Accepts
    /// ISO dates, US dates (MM/DD/YYYY), compact dates, and timestamps whose first part is the date
    /// (<c>2008-11-19 00:00:00-05:00</c>): the time of day must be valid (00:00 to 23:59:59) and the offset within
    /// ±14:00; the exchange's local date is kept, never converted to UTC.
    /// </summary>
    public static DateOnly Date(CsvInput input, int index, string field)
    {
        DateOnly date;
        if (input.TryIsoDate(index, out var iso, out var rest))
        {
            if (!rest.IsEmpty && TimeProblem(rest) is { } bad)
            {
                throw input.Error(field, $"'{Show(input[index])}' {bad}");
            }

            date = iso;
        }
        else
        {
            date = SlowDate(input, index, field);
        }

        return ImportBounds.DateProblem(date, input.LatestDate) is { } problem ? throw input.Error(field, problem) : date;
    }

    /// <summary>A strict invariant number, or null when missing (empty or <c>null</c>). Refuses any other text.</summary>
    public static double? OptionalNumber(CsvInput input, int index, string field)
    {
        if (index < 0 || input.IsMissing(index))
        {
            return null;
        }

        var span = input.Span(index);
        if (InvariantNumber.TryParse(span, out var value))
        {
            return value;
        }

        throw input.Error(field, InvariantNumber.Problem(input[index]));
    }

    /// <summary>A price: present, strict invariant, within <see cref="ImportBounds.PriceProblem"/>.</summary>
    public static double Price(CsvInput input, int index, string field)
    {
        var v = OptionalNumber(input, index, field) ?? throw input.Error(field, "missing price");
        return ImportBounds.PriceProblem(v) is { } problem ? throw input.Error(field, problem) : v;
    }

    /// <summary>A NAV per share: a price when present; null when missing.</summary>
    public static double? OptionalNav(CsvInput input, int index, string field)
    {
        var v = OptionalNumber(input, index, field);
        return v is { } nav && ImportBounds.PriceProblem(nav, "NAV") is { } problem ? throw input.Error(field, problem) : v;
    }

    /// <summary>A volume in [0, <see cref="ImportBounds.MaxVolume"/>); null when missing.</summary>
    public static double? OptionalVolume(CsvInput input, int index, string field) =>
        Checked(input, field, OptionalNumber(input, index, field), ImportBounds.VolumeProblem);

    /// <summary>A cash dividend per share in [0, <see cref="ImportBounds.MaxDividend"/>); null when missing.</summary>
    public static double? OptionalDividend(CsvInput input, int index, string field) =>
        Checked(input, field, OptionalNumber(input, index, field), ImportBounds.DividendProblem);

    /// <summary>Shares outstanding in (0, <see cref="ImportBounds.MaxShares"/>) after multiplying; null when missing.</summary>
    public static double? OptionalShares(CsvInput input, int index, string field, double multiplier = 1) =>
        Checked(input, field, OptionalNumber(input, index, field) * multiplier, ImportBounds.SharesProblem);

    /// <summary>A net flow in dollars, |flow| below <see cref="ImportBounds.MaxAbsFlow"/>; null when missing.</summary>
    public static double? OptionalFlow(CsvInput input, int index, string field) =>
        Checked(input, field, OptionalNumber(input, index, field), ImportBounds.FlowProblem);

    /// <summary>
    /// Assets under management in dollars, in [0, <see cref="ImportBounds.MaxAum"/>); null when missing. Accepts a
    /// strict invariant number, or the money shape some issuers document (ProShares: <c>$735,257,420.92</c>): an
    /// optional <c>$</c>, comma-grouped thousands in groups of exactly three, an optional fraction. Only for columns
    /// whose format says so.
    /// </summary>
    public static double? OptionalMoney(CsvInput input, int index, string field)
    {
        if (index < 0 || input.IsMissing(index))
        {
            return null;
        }

        var s = input[index];
        if (!InvariantNumber.TryParse(s, out var value) && !InvariantNumber.TryGrouped(s, out value, currency: true))
        {
            throw input.Error(field, $"'{Show(s)}' is not an amount (expected 1234567.89 or $1,234,567.89)");
        }

        return Checked(input, field, value, ImportBounds.AumProblem);
    }

    /// <summary>
    /// An instrument symbol read from a field: trimmed, upper-cased and checked by <see cref="SymbolRules"/>;
    /// "" when the field is empty.
    /// </summary>
    public static string Symbol(CsvInput input, int index, string field)
    {
        var s = input[index];
        if (s.Length == 0)
        {
            return "";
        }

        return SymbolRules.TryNormalize(s, out var symbol, out var problem)
            ? symbol
            : throw input.Error(field, $"'{Show(s)}' is not a usable symbol: {problem}");
    }

    /// <summary>The text shortened to 40 characters, control characters shown as '?'.</summary>
    public static string Show(string s)
    {
        var shortened = s.Length <= 40 ? s : s[..40] + "…";
        return string.Create(shortened.Length, shortened, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
            }
        });
    }

    /// <summary>
    /// Checks what follows an ISO date: <c>[ T]HH:MM[:SS[.fraction]]</c>, then optionally <c>Z</c> or
    /// <c>±HH[:MM]</c> within ±14:00. Returns the problem, or null when valid.
    /// </summary>
    internal static string? TimeProblem(ReadOnlySpan<byte> rest)
    {
        const string badTime = "has an invalid time of day (expected HH:MM[:SS] between 00:00 and 23:59:59)";
        const string badOffset = "has an invalid UTC offset (expected Z or ±HH:MM within ±14:00)";
        var s = rest[1..];
        if (s.Length < 5 || !Two(s, 0, out var hh) || s[2] != (byte)':' || !Two(s, 3, out var mm) || hh > 23 || mm > 59)
        {
            return badTime;
        }

        var i = 5;
        if (i < s.Length && s[i] == (byte)':')
        {
            if (!Two(s, i + 1, out var ss) || ss > 59)
            {
                return badTime;
            }

            i += 3;
            if (i < s.Length && s[i] == (byte)'.')
            {
                var start = ++i;
                while (i < s.Length && char.IsAsciiDigit((char)s[i]))
                {
                    i++;
                }

                if (i == start || i - start > 9)
                {
                    return badTime;
                }
            }
        }

        if (i == s.Length)
        {
            return null;
        }

        if (s[i] == (byte)' ')
        {
            i++;
        }

        var offset = s[i..];
        if (offset.Length == 1 && (offset[0] == (byte)'Z' || offset[0] == (byte)'z'))
        {
            return null;
        }

        var signed = offset.Length > 0 && (offset[0] == (byte)'+' || offset[0] == (byte)'-');
        if (!signed || !Two(offset, 1, out var oh))
        {
            return signed ? badOffset : badTime;
        }

        var om = 0;
        var tail = offset[3..];
        if (tail.Length > 0 && tail[0] == (byte)':')
        {
            tail = tail[1..];
        }

        if (tail.Length != 0 && (tail.Length != 2 || !Two(tail, 0, out om)))
        {
            return badOffset;
        }

        return om > 59 || new TimeSpan(oh, om, 0) > ImportBounds.MaxOffset ? badOffset : null;
    }

    private static bool Two(ReadOnlySpan<byte> s, int at, out int value)
    {
        value = 0;
        if (at + 2 > s.Length || !char.IsAsciiDigit((char)s[at]) || !char.IsAsciiDigit((char)s[at + 1]))
        {
            return false;
        }

        value = ((s[at] - '0') * 10) + (s[at + 1] - '0');
        return true;
    }

    private static DateOnly SlowDate(CsvInput input, int index, string field)
    {
        var s = input[index];
        if (IsMissing(s))
        {
            throw input.Error(field, "missing date");
        }

        var cut = s.IndexOf(' ', StringComparison.Ordinal);
        var datePart = cut > 0 ? s[..cut] : s;
        if (!DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            throw input.Error(field, $"'{Show(s)}' is not a date (expected YYYY-MM-DD or MM/DD/YYYY)");
        }

        if (cut > 0 && TimeProblem(Encoding.UTF8.GetBytes(s[cut..])) is { } bad)
        {
            throw input.Error(field, $"'{Show(s)}' {bad}");
        }

        return d;
    }

    private static double? Checked(CsvInput input, string field, double? value, Func<double, string?> problem) =>
        value is { } v && problem(v) is { } p ? throw input.Error(field, p) : value;
}
