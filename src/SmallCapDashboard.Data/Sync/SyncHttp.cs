using System.Net;
using System.Text;

namespace SmallCapDashboard.Data.Sync;

/// <summary>One GET through a provider's resilient client, turned into bytes or a one-line <see cref="SyncException"/>.</summary>
internal static class SyncHttp
{
    /// <summary>Header every provider gets: Yahoo answers 429 to clients without a browser-like User-Agent.</summary>
    public const string BrowserUserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    /// <summary>Most bytes a download may have (the largest real file, an iShares fund download, is a few MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>
    /// GETs <paramref name="url"/>; a success status gives the body; 404 gives <paramref name="notFound"/>'s line
    /// (with the body), other statuses name the status. Retries, timeouts and the circuit breaker are the client's handlers'.
    /// </summary>
    public static async Task<byte[]> GetAsync(HttpClient http, string what, string url, Func<string, string>? notFound, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        byte[] body;
        try
        {
            body = await ReadAsync(response, ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new SyncException($"{what}: the response broke off ({e.Message.TrimEnd('.')}); nothing imported", e);
        }

        if (response.StatusCode == HttpStatusCode.NotFound && notFound is not null)
        {
            throw new SyncException($"{what}: {notFound(Encoding.UTF8.GetString(body))}");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SyncException($"{what}: HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {http.BaseAddress?.Host}; nothing imported");
        }

        if (body.Length == 0)
        {
            throw new SyncException($"{what}: HTTP {(int)response.StatusCode} with an empty body; nothing imported");
        }

        return body;
    }

    /// <summary>True when the body is an HTML page (a login, consent or proof-of-work page served with HTTP 200).</summary>
    public static bool IsHtml(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<script", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > MaxBytes)
        {
            throw new SyncException($"the response announces {response.Content.Headers.ContentLength} bytes, more than {MaxBytes}; nothing imported");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new SyncException($"the response is longer than {MaxBytes} bytes; nothing imported");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
