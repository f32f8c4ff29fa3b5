using System.Globalization;

namespace SmallCapDashboard.Data.Import.Parsing;

/// <summary>Field conversions shared by the parsers: invariant culture, lenient about quoting and thousands separators.</summary>
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
    /// A trading date. Accepts ISO dates, US dates (MM/DD/YYYY), compact dates, and timestamps whose first part is
    /// the date (<c>2008-11-19 00:00:00-05:00</c>): the exchange's local date is kept, never converted to UTC.
    /// </summary>
    public static DateOnly Date(CsvInput input, int index, string field)
    {
        if (input.TryIsoDate(index, out var iso))
        {
            return iso;
        }

        var s = input[index];
        if (IsMissing(s))
        {
            throw input.Error(field, "missing date");
        }

        var cut = s.IndexOfAny([' ', 'T']);
        var datePart = cut > 0 ? s[..cut] : s;
        if (DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        throw input.Error(field, $"'{Shorten(s)}' is not a date (expected YYYY-MM-DD or MM/DD/YYYY)");
    }

    /// <summary>A number, or null when missing. Refuses text that is not a number.</summary>
    public static double? OptionalNumber(CsvInput input, int index, string field)
    {
        if (index < 0)
        {
            return null;
        }

        if (input.TryDouble(index, out var fast))
        {
            return double.IsFinite(fast) ? fast : throw input.Error(field, $"'{fast}' is not a finite number");
        }

        var s = input[index];
        if (IsMissing(s))
        {
            return null;
        }

        if (TryNumber(s, out var v))
        {
            if (!double.IsFinite(v))
            {
                throw input.Error(field, $"'{Shorten(s)}' is not a finite number");
            }

            return v;
        }

        throw input.Error(field, $"'{Shorten(s)}' is not a number");
    }

    /// <summary>A price: present, finite and above zero.</summary>
    public static double Price(CsvInput input, int index, string field)
    {
        var v = OptionalNumber(input, index, field) ?? throw input.Error(field, "missing price");
        if (v <= 0)
        {
            throw input.Error(field, $"price {v.ToString(CultureInfo.InvariantCulture)} is not above zero");
        }

        return v;
    }

    /// <summary>A volume or count: finite and not negative; missing gives null.</summary>
    public static double? OptionalNonNegative(CsvInput input, int index, string field)
    {
        var v = OptionalNumber(input, index, field);
        if (v < 0)
        {
            throw input.Error(field, $"{v.Value.ToString(CultureInfo.InvariantCulture)} is negative");
        }

        return v;
    }

    public static bool TryNumber(string s, out double value)
    {
        var span = s.AsSpan().Trim();
        if (span.Length > 0 && span[0] == '$')
        {
            span = span[1..];
        }

        if (span.Length > 0 && span[^1] == '%')
        {
            span = span[..^1];
        }

        return double.TryParse(span, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    public static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
