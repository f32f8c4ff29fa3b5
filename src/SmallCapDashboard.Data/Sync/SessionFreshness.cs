using System.Globalization;

namespace SmallCapDashboard.Data.Sync;

/// <summary>
/// How old stored data is against the market, not only against other symbols: the last completed New York session
/// (its daily bar is final once the 16:00 close plus <see cref="SyncOptions.CloseMargin"/> has passed) and how many
/// sessions the store's last bar is behind it.
/// </summary>
/// <param name="LastCompletedSession">The latest session whose bar is final at the time asked.</param>
/// <param name="LastBar">The store's (or symbol's) last bar date; null when there is none.</param>
/// <param name="SessionsBehind">Sessions after <paramref name="LastBar"/> up to <paramref name="LastCompletedSession"/>; null without a bar.</param>
public sealed record SessionFreshness(DateOnly LastCompletedSession, DateOnly? LastBar, int? SessionsBehind)
{
    /// <summary>True when the last bar is the last completed session (or later).</summary>
    public bool Current => SessionsBehind == 0;

    /// <summary>
    /// One line for a badge: <c>IWM: last bar 2025-12-24, 236 sessions behind the last completed session (2026-11-30)</c>,
    /// <c>IWM: last bar 2026-11-30, the last completed session</c>, or <c>IWM: no bar stored</c>.
    /// </summary>
    /// <param name="symbol">The symbol (or ratio symbol) the date belongs to.</param>
    /// <param name="noun">What the date is the last of: <c>bar</c>, <c>flow day</c>.</param>
    public string Describe(string symbol, string noun = "bar")
    {
        var session = LastCompletedSession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (LastBar is not { } last || SessionsBehind is not { } behind)
        {
            return $"{symbol}: no {noun} stored (last completed session {session})";
        }

        var day = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return behind <= 0
            ? $"{symbol}: last {noun} {day}, the last completed session"
            : string.Create(CultureInfo.InvariantCulture, $"{symbol}: last {noun} {day}, {behind:N0} session{(behind == 1 ? "" : "s")} behind the last completed session ({session})");
    }

    /// <summary>The freshness of <paramref name="lastBar"/> at <paramref name="now"/>.</summary>
    public static SessionFreshness Of(DateOnly? lastBar, DateTimeOffset now, TimeSpan? closeMargin = null)
    {
        var session = MarketCalendar.LastCompletedSession(now, closeMargin ?? new SyncOptions().CloseMargin);
        int? behind = lastBar is { } last ? MarketCalendar.SessionsBetween(last, session) : null;
        return new SessionFreshness(session, lastBar, behind);
    }
}
