using System.Globalization;

namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Strict value rules of the issuer files, separate from the shared CSV parsing on purpose: each issuer's
/// numbers are read exactly as that issuer writes them, and nothing else is accepted.
/// </summary>
internal static class IssuerValues
{
    private static readonly string[] IsharesDates = ["MMM dd, yyyy", "MMM d, yyyy"];

    /// <summary>The issuers' "not applicable / not reported" marks.</summary>
    public static bool IsNotReported(string s) => s is "--" or "-" or "" or "N/A" or "NA";

    /// <summary>A plain invariant number: optional minus, digits, optional fraction, optional exponent; no separators, no signs of currency.</summary>
    public static bool TryPlain(string s, out double value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E'))
            {
                return false;
            }
        }

        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                   CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    /// <summary>
    /// A number as iShares writes it in text cells and CSVs: plain, or with comma thousands separators in groups
    /// of exactly three (<c>280,200,000.00</c>, <c>-1,234.5</c>). <c>1,2345</c> or <c>12,34</c> is not a number.
    /// </summary>
    public static bool TryGrouped(string s, out double value)
    {
        value = 0;
        if (!s.Contains(','))
        {
            return TryPlain(s, out value);
        }

        var body = s.StartsWith('-') ? s[1..] : s;
        var dot = body.IndexOf('.');
        var whole = dot >= 0 ? body[..dot] : body;
        var fraction = dot >= 0 ? body[(dot + 1)..] : "";
        var groups = whole.Split(',');
        if (groups[0].Length is < 1 or > 3 || !groups[0].All(char.IsAsciiDigit))
        {
            return false;
        }

        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3 || !groups[i].All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        if (dot >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return TryPlain(s.Replace(",", "", StringComparison.Ordinal), out value);
    }

    /// <summary>iShares dates: <c>Dec 31, 2024</c> (also <c>Dec 1, 2024</c>), English month abbreviations.</summary>
    public static bool TryIsharesDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, IsharesDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Direxion trade dates: <c>04/10/2026</c> or <c>4/10/2026</c>, also ISO <c>2026-04-10</c>.</summary>
    public static bool TryDirexionDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Letters and digits only, lower case: "iShares Core S&amp;P Small-Cap ETF" and "iShares-Core-SP-Small-Cap-ETF" agree.</summary>
    public static string NameKey(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && n < buffer.Length)
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    public static string Show(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
