namespace SmallCapDashboard.Cli.Input;

/// <summary>Normalises ticker symbols as users type them.</summary>
internal static class Symbols
{
    /// <summary>Upper-cases and trims a symbol, refusing an empty one.</summary>
    public static string Normalise(string? value, string option)
    {
        var symbol = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(symbol))
        {
            throw new CliException($"{option}: a symbol is required (e.g. IWM).");
        }

        return symbol;
    }

    /// <summary>Splits a comma-separated list such as <c>IWM,SPY</c>.</summary>
    public static IReadOnlyList<string> List(string? value, string option)
    {
        var parts = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new CliException($"{option}: at least one symbol is required (e.g. IWM,SPY).");
        }

        return parts.Select(p => p.ToUpperInvariant()).ToArray();
    }
}
