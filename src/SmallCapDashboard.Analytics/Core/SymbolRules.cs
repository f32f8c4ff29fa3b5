namespace SmallCapDashboard.Analytics.Core;

/// <summary>
/// The one rule for what an instrument symbol may be, and for ratio symbols built from two of them: after trimming
/// and upper-casing (invariant), 1 to <see cref="MaxLength"/> characters from <c>A–Z 0–9 . ^ = -</c>
/// (<c>IWM</c>, <c>^RUT</c>, <c>BRK.B</c>, <c>ES=F</c>). The colon is reserved for ratio symbols
/// (<c>IWM:SPY</c>): it is never part of an instrument's symbol.
/// </summary>
public static class SymbolRules
{
    /// <summary>Longest instrument symbol accepted.</summary>
    public const int MaxLength = 15;

    /// <summary>Separates the two instruments of a ratio symbol (<c>IWM:SPY</c>).</summary>
    public const char RatioSeparator = ':';

    /// <summary>The allowed characters, as a regular-expression class, for documentation and messages.</summary>
    public const string Pattern = "[A-Z0-9.^=-]{1,15}";

    /// <summary>True when <paramref name="symbol"/> is already a normalised, valid instrument symbol.</summary>
    /// <param name="symbol">The symbol as stored (upper case, no surrounding spaces).</param>
    /// <returns>Whether it matches <see cref="Pattern"/>.</returns>
    public static bool IsValid(string? symbol)
    {
        if (symbol is null || symbol.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in symbol)
        {
            if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Normalises user or file text to an instrument symbol: trimmed, upper-cased (invariant), then checked.
    /// </summary>
    /// <param name="text">The text as typed or read.</param>
    /// <param name="symbol">The normalised symbol, or "" when refused.</param>
    /// <param name="problem">Why it was refused (one line, without the text itself), or null.</param>
    /// <returns>True when the text is a valid instrument symbol.</returns>
    public static bool TryNormalize(string? text, out string symbol, out string? problem)
    {
        symbol = "";
        var s = (text ?? "").Trim().ToUpperInvariant();
        problem = Check(s);
        if (problem is not null)
        {
            return false;
        }

        symbol = s;
        return true;
    }

    /// <summary>
    /// Splits a ratio symbol <c>A:B</c> into its two instrument symbols, each normalised by <see cref="TryNormalize"/>.
    /// </summary>
    /// <param name="text">The ratio symbol as typed (<c>iwm:spy</c>).</param>
    /// <param name="numerator">The first symbol (<c>IWM</c>), or "".</param>
    /// <param name="denominator">The second symbol (<c>SPY</c>), or "".</param>
    /// <param name="problem">Why it was refused, or null.</param>
    /// <returns>True for exactly two valid, different symbols around one colon.</returns>
    public static bool TryParseRatio(string? text, out string numerator, out string denominator, out string? problem)
    {
        numerator = "";
        denominator = "";
        var s = (text ?? "").Trim();
        var cut = s.IndexOf(RatioSeparator, StringComparison.Ordinal);
        if (cut < 0 || s.IndexOf(RatioSeparator, cut + 1) >= 0)
        {
            problem = "a ratio symbol is two symbols around one ':' (IWM:SPY)";
            return false;
        }

        if (!TryNormalize(s[..cut], out var a, out problem) || !TryNormalize(s[(cut + 1)..], out var b, out problem))
        {
            return false;
        }

        if (a == b)
        {
            problem = "a ratio symbol needs two different symbols";
            return false;
        }

        (numerator, denominator) = (a, b);
        return true;
    }

    private static string? Check(string s)
    {
        if (s.Length == 0)
        {
            return "the symbol is empty";
        }

        if (s.Contains(RatioSeparator, StringComparison.Ordinal))
        {
            return $"':' is reserved for ratio symbols (IWM:SPY), not allowed in an instrument symbol (expected {Pattern})";
        }

        foreach (var c in s)
        {
            if (!IsAllowed(c))
            {
                return $"the symbol has a character outside A-Z 0-9 . ^ = - (expected {Pattern})";
            }
        }

        if (s.Length > MaxLength)
        {
            return $"the symbol is longer than {MaxLength} characters (expected {Pattern})";
        }

        return null;
    }

    private static bool IsAllowed(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '^' or '=' or '-';
}
