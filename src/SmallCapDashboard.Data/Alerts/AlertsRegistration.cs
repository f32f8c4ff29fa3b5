using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SmallCapDashboard.Data.Changes;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>Registers alerts: rule store, checker, dispatcher, webhook and e-mail senders, and the data-change listener.</summary>
public static class AlertsRegistration
{
    /// <summary>Binds <see cref="AlertsOptions"/> from the <c>Alerts</c> section and registers alerts (after <c>AddMarketData</c>).</summary>
    public static IHostApplicationBuilder AddAlerts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.SectionName);
        builder.Services.AddAlertsCore();
        return builder;
    }

    /// <summary>Registers alerts with options set in code (the CLI, tests).</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, Action<AlertsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<AlertsOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return services.AddAlertsCore();
    }

    private static IServiceCollection AddAlertsCore(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookSender.ClientName)
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider sp) =>
            {
                var webhook = sp.GetRequiredService<IOptions<AlertsOptions>>().Value.Webhook;
                o.Retry.MaxRetryAttempts = webhook.MaxRetries;
                o.Retry.Delay = webhook.RetryDelay;
                o.Retry.BackoffType = DelayBackoffType.Exponential;
                o.Retry.UseJitter = true;
                o.AttemptTimeout.Timeout = webhook.AttemptTimeout;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(o.CircuitBreaker.SamplingDuration.Ticks, 2 * webhook.AttemptTimeout.Ticks));
                // Room for every attempt plus the exponential delays (Σ delay·2^k < delay·2^n, jitter included with 2×).
                o.TotalRequestTimeout.Timeout = TimeSpan.FromTicks((webhook.MaxRetries + 1) * webhook.AttemptTimeout.Ticks + 2 * webhook.RetryDelay.Ticks * (1L << Math.Min(webhook.MaxRetries, 20)));
            });
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EmailSender>();
        services.TryAddSingleton<AlertDispatcher>();
        services.TryAddSingleton<AlertChecker>();
        services.TryAddSingleton<AlertRuleStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDataChangeListener, AlertsDataChangeListener>());
        return services;
    }
}
