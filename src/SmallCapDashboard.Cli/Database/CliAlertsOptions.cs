using System.Globalization;
using SmallCapDashboard.Data.Alerts;

namespace SmallCapDashboard.Cli.Database;

/// <summary>
/// The <c>Alerts</c> settings from the environment, as the web app reads them: <c>Alerts__BaseUrl</c>,
/// <c>Alerts__Smtp__Host|Port|User|Password|From</c>, <c>Alerts__Webhook__MaxRetries|RetryDelay</c> (a TimeSpan, e.g. 00:00:02).
/// </summary>
internal static class CliAlertsOptions
{
    public static void Read(AlertsOptions o, Func<string, string?> environment)
    {
        o.BaseUrl = environment("Alerts__BaseUrl") ?? o.BaseUrl;
        o.Smtp.Host = environment("Alerts__Smtp__Host") ?? o.Smtp.Host;
        o.Smtp.User = environment("Alerts__Smtp__User") ?? o.Smtp.User;
        o.Smtp.Password = environment("Alerts__Smtp__Password") ?? o.Smtp.Password;
        o.Smtp.From = environment("Alerts__Smtp__From") ?? o.Smtp.From;
        if (environment("Alerts__Smtp__Port") is { } port)
        {
            o.Smtp.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536
                ? p
                : throw new CliException($"Alerts__Smtp__Port: '{port}' is not a port number.");
        }

        if (environment("Alerts__Webhook__MaxRetries") is { } retries)
        {
            o.Webhook.MaxRetries = int.TryParse(retries, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 10
                ? r
                : throw new CliException($"Alerts__Webhook__MaxRetries: '{retries}' is not a number from 1 to 10.");
        }

        if (environment("Alerts__Webhook__RetryDelay") is { } delay)
        {
            o.Webhook.RetryDelay = TimeSpan.TryParse(delay, CultureInfo.InvariantCulture, out var d) && d > TimeSpan.Zero
                ? d
                : throw new CliException($"Alerts__Webhook__RetryDelay: '{delay}' is not a time span such as 00:00:02.");
        }
    }
}
