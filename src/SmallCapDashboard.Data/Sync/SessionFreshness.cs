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

    /// <summary>The freshness of <paramref name="lastBar"/> at <paramref name="now"/>.</summary>
    public static SessionFreshness Of(DateOnly? lastBar, DateTimeOffset now, TimeSpan? closeMargin = null)
    {
        var session = MarketCalendar.LastCompletedSession(now, closeMargin ?? new SyncOptions().CloseMargin);
        int? behind = lastBar is { } last ? MarketCalendar.SessionsBetween(last, session) : null;
        return new SessionFreshness(session, lastBar, behind);
    }
}
