using System.Globalization;

namespace SmallCapDashboard.Cli.Input;

/// <summary>
/// An inclusive export window [<see cref="From"/>, <see cref="To"/>]; either end may be open.
/// Values are always computed on the full history and only then cut to the window.
/// </summary>
internal readonly record struct DateWindow(DateOnly? From, DateOnly? To)
{
    /// <summary>Parses <c>--from</c>/<c>--to</c> values (<c>YYYY-MM-DD</c>), naming the option that is wrong.</summary>
    public static DateWindow Parse(string? from, string? to)
    {
        var window = new DateWindow(ParseDate(from, "--from"), ParseDate(to, "--to"));
        if (window.From is { } f && window.To is { } t && f > t)
        {
            throw new CliException($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}.");
        }

        return window;
    }

    /// <summary>True when <paramref name="date"/> lies in the window.</summary>
    public bool Contains(DateOnly date) =>
        (From is null || date >= From.Value) && (To is null || date <= To.Value);

    /// <summary>Parses one <c>YYYY-MM-DD</c> value; null or blank stays null.</summary>
    public static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new CliException($"{option}: '{value}' is not a date (expected YYYY-MM-DD, e.g. 2017-08-17).");
    }
}
