namespace SmallCapDashboard.Data.Alerts;

/// <summary>Alert delivery settings, section <c>Alerts</c> (environment form <c>Alerts__Smtp__Host</c> and so on).</summary>
public sealed class AlertsOptions
{
    public const string SectionName = "Alerts";

    /// <summary>
    /// Absolute base URL of the dashboard (e.g. <c>https://dash.example.com</c>) put before each event's frozen link in
    /// webhooks and e-mails; without it they carry the path and query only.
    /// </summary>
    public string? BaseUrl { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public WebhookSettings Webhook { get; set; } = new();

    /// <summary>Checks that may try one delivery before it is marked failed (each check with the HTTP retries below).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>A delivery claimed this long ago and never finished (the process died) may be claimed again.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>SMTP server for e-mail alerts (MailKit; STARTTLS when the server offers it).</summary>
    public sealed class SmtpSettings
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary>User name to authenticate with; none = no authentication.</summary>
        public string? User { get; set; }

        public string? Password { get; set; }

        /// <summary>Sender address, e.g. <c>SmallCap Dashboard &lt;alerts@example.com&gt;</c>.</summary>
        public string From { get; set; } = "SmallCap Dashboard <alerts@localhost>";
    }

    /// <summary>Webhook HTTP settings (the standard resilience handler: retries with exponential backoff and jitter).</summary>
    public sealed class WebhookSettings
    {
        public int MaxRetries { get; set; } = 3;

        /// <summary>Base delay of the exponential backoff.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>Timeout of one attempt.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    }
}
