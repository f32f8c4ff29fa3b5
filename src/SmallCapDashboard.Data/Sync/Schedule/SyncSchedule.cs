using Cronos;

namespace SmallCapDashboard.Data.Sync.Schedule;

/// <summary>
/// <c>Sync:Schedule</c> (a 5-field cron expression, or <c>off</c>) read in <c>Sync:TimeZone</c> (IANA id), with
/// Cronos: daylight-saving gaps and overlaps are handled the way cron does (a skipped time runs once at the jump).
/// </summary>
public sealed class SyncSchedule
{
    private readonly CronExpression? _cron;

    private SyncSchedule(string text, CronExpression? cron, TimeZoneInfo zone)
    {
        Text = text;
        _cron = cron;
        Zone = zone;
    }

    /// <summary>The expression as configured.</summary>
    public string Text { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>False when the schedule is <c>off</c>.</summary>
    public bool Enabled => _cron is not null;

    /// <summary>Parses the options; throws <see cref="FormatException"/> naming the setting when either is invalid.</summary>
    public static SyncSchedule From(SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = (options.Schedule ?? "").Trim();
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(options.TimeZone) ? "America/New_York" : options.TimeZone.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            throw new FormatException($"Sync:TimeZone: '{options.TimeZone}' is not a time zone (expected an IANA id such as America/New_York)");
        }

        if (text.Length == 0 || text.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return new SyncSchedule("off", null, zone);
        }

        try
        {
            return new SyncSchedule(text, CronExpression.Parse(text, CronFormat.Standard), zone);
        }
        catch (CronFormatException e)
        {
            throw new FormatException($"Sync:Schedule: '{text}' is not a cron expression of 5 fields or 'off' ({e.Message})", e);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when off.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) =>
        _cron?.GetNextOccurrence(after, Zone, inclusive: false);
}
