namespace SmallCapDashboard.Data.Sync;

/// <summary>The upstreams <c>smallcap sync</c> and the scheduled refresh talk to.</summary>
public enum SyncProvider
{
    /// <summary>Yahoo chart API v8 (prices for every instrument).</summary>
    Yahoo,

    /// <summary>Stooq daily CSV (the price fallback).</summary>
    Stooq,

    /// <summary>The iShares fund download (IWM, IJR).</summary>
    IShares,

    /// <summary>ProShares historical NAV CSV (RWM, TWM, SRTY).</summary>
    ProShares,

    /// <summary>Direxion holdings CSV (TNA, TZA).</summary>
    Direxion,
}

/// <summary>
/// Section <c>Sync</c>: the run-wide settings. Each provider has its own section <c>Sync:&lt;Provider&gt;</c>
/// (<see cref="SyncProviderOptions"/>), e.g. <c>Sync__Yahoo__BaseUrl</c>.
/// </summary>
public sealed class SyncOptions
{
    public const string SectionName = "Sync";

    /// <summary>Cron expression (5 fields) of the scheduled refresh in <see cref="TimeZone"/>; <c>off</c> disables it.</summary>
    public string Schedule { get; set; } = "30 18 * * 1-5";

    /// <summary>IANA time zone the schedule is read in.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>Stored sessions fetched again before the last stored date, so a revision of the recent past is seen.</summary>
    public int OverlapSessions { get; set; } = 5;

    /// <summary>How long after the 16:00 New York close the day's bar is trusted as final.</summary>
    public TimeSpan CloseMargin { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>The whole run's deadline; symbols not reached by then are reported as failed.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Where every downloaded issuer file is kept, one per fund and day (<c>{folder}/{provider}/{yyyy-MM-dd}/{file}</c>), so
    /// daily files accumulate; default <c>downloads/</c> beside the default SQLite file; empty keeps nothing.
    /// </summary>
    public string? ArchiveFolder { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "SmallCapDashboard", "downloads");
}

/// <summary>Section <c>Sync:&lt;Provider&gt;</c>: where one upstream lives and how hard to push it.</summary>
public sealed class SyncProviderOptions
{
    /// <summary>Scheme and host (plus an optional path prefix); default the real host.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// iShares only: the fund download's URL, with <c>{base}</c>, <c>{id}</c> (product page id), <c>{slug}</c> and
    /// <c>{Fund}</c> (ticker) placeholders. Issuers move these, so it is configuration.
    /// </summary>
    public string? UrlTemplate { get; set; }

    /// <summary>One attempt's timeout.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>One request's timeout across all its attempts.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after the first attempt (429, 408, 5xx, network errors, timeouts); Retry-After is honoured.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay of the exponential back-off with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests per second to this host (a token bucket; requests queue rather than fail).</summary>
    public double RequestsPerSecond { get; set; } = 2;

    /// <summary>Sampled requests before the host's circuit breaker may open.</summary>
    public int CircuitMinimumThroughput { get; set; } = 8;

    /// <summary>How long an open circuit stays open.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The real hosts.</summary>
    public static string DefaultBaseUrl(SyncProvider provider) => provider switch
    {
        SyncProvider.Yahoo => "https://query1.finance.yahoo.com",
        SyncProvider.Stooq => "https://stooq.com",
        SyncProvider.IShares => "https://www.ishares.com",
        SyncProvider.ProShares => "https://www.proshares.com",
        SyncProvider.Direxion => "https://www.direxion.com",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>The iShares fund download as documented by the issue; the template is configuration.</summary>
    public const string DefaultISharesTemplate =
        "{base}/us/products/{id}/{slug}/1521942788811.ajax?fileType=xls&fileName={Fund}_fund&dataType=fund";
}
