using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Sync.Issuers;
using SmallCapDashboard.Data.Sync.Prices;
using SmallCapDashboard.Data.Sync.Schedule;

namespace SmallCapDashboard.Data.Sync;

/// <summary>Registers the online refresh: options, one typed HttpClient per upstream with its resilience pipeline, and <see cref="SyncService"/>.</summary>
public static class SyncServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Sync</c> (<see cref="SyncOptions"/>) and <c>Sync:&lt;Provider&gt;</c> (<see cref="SyncProviderOptions"/>,
    /// named by provider) from <paramref name="configuration"/> and registers a typed client per upstream: base URL from
    /// <c>Sync:&lt;Provider&gt;:BaseUrl</c> (default the real host), a browser-like User-Agent, and the standard resilience
    /// handler (per-host rate limit, total timeout, retries with jitter honouring Retry-After, circuit breaker, attempt
    /// timeout), one pipeline per host. Call once; the CLI and the web app both do.
    /// </summary>
    public static IServiceCollection AddMarketSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SyncService)))
        {
            return services;
        }

        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(SyncOptions.SectionName));
        foreach (var provider in Enum.GetValues<SyncProvider>())
        {
            services.AddOptions<SyncProviderOptions>(provider.ToString())
                .Bind(configuration.GetSection($"{SyncOptions.SectionName}:{provider}"))
                .PostConfigure(o => o.BaseUrl = string.IsNullOrWhiteSpace(o.BaseUrl) ? SyncProviderOptions.DefaultBaseUrl(provider) : o.BaseUrl.Trim());
        }

        AddClient<YahooChartClient>(services, SyncProvider.Yahoo);
        AddClient<StooqClient>(services, SyncProvider.Stooq);
        AddClient<ISharesClient>(services, SyncProvider.IShares);
        AddClient<ProSharesClient>(services, SyncProvider.ProShares);
        AddClient<DirexionClient>(services, SyncProvider.Direxion);
        services.TryAddTransient<SyncService>();
        services.TryAddSingleton<SyncStatusReader>();
        return services;
    }

    /// <summary>
    /// The web app's refresh: <see cref="AddMarketSync"/> plus the hosted <see cref="SyncScheduler"/> on <c>Sync:Schedule</c>
    /// (cron, validated on start) in <c>Sync:TimeZone</c>, with <see cref="SyncLock"/> so one instance refreshes per
    /// occurrence. Inject <see cref="SyncScheduler"/> for "Sync now" and <see cref="SyncStatusReader"/> for <c>/data</c>.
    /// </summary>
    public static IHostApplicationBuilder AddSyncSchedule(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMarketSync(builder.Configuration);
        builder.Services.AddOptions<SyncOptions>()
            .Validate(o =>
            {
                try
                {
                    SyncSchedule.From(o);
                    return true;
                }
                catch (FormatException)
                {
                    return false;
                }
            }, "Sync:Schedule must be a 5-field cron expression or 'off', and Sync:TimeZone an IANA time zone id (e.g. America/New_York)")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<SyncLock>();
        builder.Services.TryAddSingleton<SyncScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SyncScheduler>());
        return builder;
    }

    private static void AddClient<TClient>(IServiceCollection services, SyncProvider provider)
        where TClient : class
    {
        var name = provider.ToString();
        services.AddHttpClient<TClient>((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptionsMonitor<SyncProviderOptions>>().Get(name);
                http.BaseAddress = new Uri(o.BaseUrl!.EndsWith('/') ? o.BaseUrl : o.BaseUrl + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns every timeout
                http.DefaultRequestHeaders.UserAgent.ParseAdd(SyncHttp.BrowserUserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json, text/csv, */*;q=0.8");
            })
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions r, IServiceProvider sp) =>
            {
                var o = sp.GetRequiredService<IOptionsMonitor<SyncProviderOptions>>().Get(name);
                var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, (int)Math.Ceiling(o.RequestsPerSecond)),
                    TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(o.RequestsPerSecond)),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(o.RequestsPerSecond)) / Math.Max(o.RequestsPerSecond, 0.001)),
                    QueueLimit = 10_000,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
                r.RateLimiter.RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken);
                r.TotalRequestTimeout.Timeout = o.TotalTimeout;
                r.AttemptTimeout.Timeout = o.AttemptTimeout;
                // Polly's retry needs at least one attempt; MaxRetries = 0 keeps that one but never handles anything.
                r.Retry.MaxRetryAttempts = Math.Max(1, o.MaxRetries);
                if (o.MaxRetries <= 0)
                {
                    r.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
                }

                r.Retry.Delay = o.RetryDelay;
                r.Retry.UseJitter = true;
                r.Retry.ShouldRetryAfterHeader = true;
                r.CircuitBreaker.MinimumThroughput = Math.Max(2, o.CircuitMinimumThroughput);
                r.CircuitBreaker.BreakDuration = o.CircuitBreakDuration;
                r.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, 2 * o.AttemptTimeout.Ticks + 1));
            })
            .SelectPipelineByAuthority();
    }
}
