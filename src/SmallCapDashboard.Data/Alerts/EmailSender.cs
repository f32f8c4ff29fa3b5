using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// Sends an <see cref="AlertMessage"/> by SMTP with MailKit to <c>Alerts:Smtp:Host</c>:<c>Port</c>, upgrading with
/// STARTTLS when the server offers it, authenticating when <c>Alerts:Smtp:User</c> is set.
/// </summary>
public sealed class EmailSender(IOptions<AlertsOptions> options)
{
    /// <summary>Sends one message; throws when SMTP is not configured or the server refuses it.</summary>
    public async Task SendAsync(string to, AlertMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Alerts:Smtp:Host is not set; e-mail alerts need an SMTP server.");
        }

        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(smtp.From));
        mail.To.Add(MailboxAddress.Parse(to));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }

        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }
}
