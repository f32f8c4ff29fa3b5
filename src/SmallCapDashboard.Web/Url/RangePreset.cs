namespace SmallCapDashboard.Web.Url;

/// <summary>The relative ranges of the URL contract (<c>range=1w|1m|3m|6m|ytd|1y|3y|5y|10y|max</c>).</summary>
public enum RangePreset
{
    W1,
    M1,
    M3,
    M6,
    Ytd,
    Y1,
    Y3,
    Y5,
    Y10,
    Max,
}

/// <summary>Text forms of <see cref="RangePreset"/> as they appear in the URL and on buttons.</summary>
public static class RangePresets
{
    private static readonly (RangePreset Preset, string Token, string Label)[] Table =
    [
        (RangePreset.W1, "1w", "1W"),
        (RangePreset.M1, "1m", "1M"),
        (RangePreset.M3, "3m", "3M"),
        (RangePreset.M6, "6m", "6M"),
        (RangePreset.Ytd, "ytd", "YTD"),
        (RangePreset.Y1, "1y", "1Y"),
        (RangePreset.Y3, "3y", "3Y"),
        (RangePreset.Y5, "5y", "5Y"),
        (RangePreset.Y10, "10y", "10Y"),
        (RangePreset.Max, "max", "Max"),
    ];

    /// <summary>Every preset in display order.</summary>
    public static IReadOnlyList<RangePreset> All { get; } = Array.ConvertAll(Table, t => t.Preset);

    /// <summary>The URL token, e.g. <c>ytd</c>.</summary>
    public static string Token(RangePreset preset) => Table[(int)preset].Token;

    /// <summary>The button label, e.g. <c>YTD</c>.</summary>
    public static string Label(RangePreset preset) => Table[(int)preset].Label;

    /// <summary>Parses a URL token (case-insensitive).</summary>
    public static bool TryParse(string? text, out RangePreset preset)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Token, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                preset = row.Preset;
                return true;
            }
        }

        preset = default;
        return false;
    }

    /// <summary>
    /// The calendar start of the period ending at <paramref name="asOf"/>: the base close is the
    /// last close on or before this date (YTD: on or before 31 December of the previous year).
    /// Null for <see cref="RangePreset.Max"/> (the first bar is the base).
    /// </summary>
    public static DateOnly? BaseDateLimit(RangePreset preset, DateOnly asOf) => preset switch
    {
        RangePreset.W1 => asOf.AddDays(-7),
        RangePreset.M1 => asOf.AddMonths(-1),
        RangePreset.M3 => asOf.AddMonths(-3),
        RangePreset.M6 => asOf.AddMonths(-6),
        RangePreset.Ytd => new DateOnly(asOf.Year - 1, 12, 31),
        RangePreset.Y1 => asOf.AddYears(-1),
        RangePreset.Y3 => asOf.AddYears(-3),
        RangePreset.Y5 => asOf.AddYears(-5),
        RangePreset.Y10 => asOf.AddYears(-10),
        _ => null,
    };
}
