using System.Globalization;
using System.Text;

namespace SmallCapDashboard.Data.Import.Parsing;

/// <summary>
/// The one number rule of every importer: strict invariant culture (<c>[+-]digits[.digits][e[+-]digits]</c>, finite),
/// and for the formats documented so, comma-grouped thousands (<see cref="TryGrouped"/>). Anything else is refused
/// with <see cref="Problem"/> naming the likely cause, never reinterpreted.
/// </summary>
internal static class InvariantNumber
{
    /// <summary>
    /// Strict invariant-culture number from UTF-8 bytes (surrounding spaces allowed): <c>[+-]digits[.digits][e[+-]digits]</c>
    /// or <c>[+-].digits…</c>; finite. False for anything else, NaN and infinities included.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var s = text.Trim((byte)' ');
        return IsShape(s)
            && double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Strict invariant-culture number from text; see the UTF-8 overload.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = text.AsSpan().Trim(' ');
        if (s.Length > 64)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] > 127)
            {
                return false;
            }

            bytes[i] = (byte)s[i];
        }

        return TryParse(bytes, out value);
    }

    /// <summary>Why <paramref name="s"/> is not a strict invariant number, naming the likely cause.</summary>
    public static string Problem(string s)
    {
        var shown = $"'{Fields.Show(s)}'";
        var t = s.Trim();
        if (t.Equals("NaN", StringComparison.OrdinalIgnoreCase) || t.TrimStart('+', '-').StartsWith("inf", StringComparison.OrdinalIgnoreCase)
            || t.Contains('∞', StringComparison.Ordinal))
        {
            return $"{shown} is not a finite number";
        }

        if (IsShape(Encoding.ASCII.GetBytes(t)))
        {
            return $"{shown} is not a finite number (out of the range of a double)";
        }

        if (!t.Any(char.IsAsciiDigit))
        {
            return $"{shown} is not a number";
        }

        var why = t switch
        {
            _ when t.Contains(',', StringComparison.Ordinal) => "has a comma (a thousands separator or a decimal comma)",
            _ when t.Contains('%', StringComparison.Ordinal) => "is a percentage",
            _ when t.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol) => "has a currency sign",
            _ when t.Any(c => char.IsWhiteSpace(c)) => "has a space inside (a thousands separator?)",
            _ when t.Contains('\'', StringComparison.Ordinal) => "has an apostrophe (a thousands separator?)",
            _ => "is not a number",
        };
        return why == "is not a number"
            ? $"{shown} is not a number"
            : $"{shown} {why}: not an invariant-culture number (expected digits with '.' as the decimal point); refused, never reinterpreted";
    }

    private static bool IsShape(ReadOnlySpan<byte> s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == (byte)'+' || s[i] == (byte)'-'))
        {
            i++;
        }

        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit((char)s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == (byte)'.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit((char)s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] == (byte)'e' || s[i] == (byte)'E'))
        {
            i++;
            if (i < s.Length && (s[i] == (byte)'+' || s[i] == (byte)'-'))
            {
                i++;
            }

            var exponent = 0;
            while (i < s.Length && char.IsAsciiDigit((char)s[i]))
            {
                i++;
                exponent++;
            }

            if (exponent == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static bool AllDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExcept("0123456789");

    /// <summary>
    /// A number with comma thousands separators in groups of exactly three after the first (<c>280,200,000.00</c>,
    /// <c>-1,234.5</c>), or plain; with <paramref name="currency"/> also a leading <c>$</c> (<c>$735,257,420.92</c>).
    /// Only the formats whose documented shape this is may use it; <c>1,2345</c> or <c>12,34</c> is never a number.
    /// </summary>
    public static bool TryGrouped(string text, out double value, bool currency = false)
    {
        value = 0;
        var s = text.AsSpan().Trim(' ');
        var negative = s.Length > 0 && s[0] == '-';
        if (negative)
        {
            s = s[1..];
        }

        if (currency && s.Length > 0 && s[0] == '$')
        {
            s = s[1..];
        }

        var point = s.IndexOf('.');
        var whole = point >= 0 ? s[..point] : s;
        var fraction = point >= 0 ? s[(point + 1)..] : [];
        if (point >= 0 && !AllDigits(fraction))
        {
            return false;
        }

        var groups = whole.ToString().Split(',');
        if (!AllDigits(groups[0]) || (groups.Length > 1 && groups[0].Length > 3))
        {
            return false;
        }

        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g].Length != 3 || !AllDigits(groups[g]))
            {
                return false;
            }
        }

        var plain = (negative ? "-" : "") + string.Concat(groups) + (point >= 0 ? "." + fraction.ToString() : "");
        return TryParse(plain, out value);
    }
}
