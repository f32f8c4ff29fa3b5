using System.Globalization;
using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// Value rules of the issuer files: numbers through the importers' one rule (<see cref="InvariantNumber"/>, with the
/// comma-grouped shape iShares documents), and the issuers' own date shapes, fund names and "not reported" marks.
/// </summary>
internal static class IssuerValues
{
    private static readonly string[] IsharesDates = ["MMM dd, yyyy", "MMM d, yyyy"];

    /// <summary>The issuers' "not applicable / not reported" marks.</summary>
    public static bool IsNotReported(string s) => s is "--" or "-" or "" or "N/A" or "NA";

    /// <summary>A plain invariant number (the importers' one rule, <see cref="InvariantNumber.TryParse(string, out double)"/>).</summary>
    public static bool TryPlain(string s, out double value) => InvariantNumber.TryParse(s, out value);

    /// <summary>A number as iShares writes it in text cells and CSVs: plain, or comma-grouped (<c>280,200,000.00</c>).</summary>
    public static bool TryGrouped(string s, out double value) => InvariantNumber.TryGrouped(s, out value);

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

    public static string Show(string s) => Fields.Show(s);
}
