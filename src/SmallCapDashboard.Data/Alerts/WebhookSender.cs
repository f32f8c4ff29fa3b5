using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// POSTs an <see cref="AlertMessage"/> as JSON through the named client <see cref="ClientName"/> (the standard
/// resilience handler: retries with exponential backoff on 5xx, 408, 429 and network errors). With a secret, the
/// header <c>X-SmallCap-Signature: sha256=&lt;lower-case hex HMAC-SHA256 of the exact body bytes&gt;</c> lets the receiver check it.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients)
{
    public const string ClientName = "alerts-webhook";

    public const string SignatureHeader = "X-SmallCap-Signature";

    /// <summary>Sends one message; throws when the receiver still fails after the retries.</summary>
    public async Task SendAsync(string url, AlertMessage message, string? secret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (!string.IsNullOrEmpty(secret))
        {
            request.Headers.TryAddWithoutValidation(SignatureHeader, Signature(body, secret));
        }

        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"webhook {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <paramref name="body"/> keyed with the UTF-8 bytes of <paramref name="secret"/>.</summary>
    public static string Signature(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
