using Microsoft.Extensions.Options;

namespace SmallCapDashboard.Data.Sync.Issuers;

/// <summary>Downloads one issuer file through the issuer's resilient client; an HTML page answered with HTTP 200 is refused.</summary>
public abstract class IssuerFileClient(HttpClient http, IOptionsMonitor<SyncProviderOptions> options, SyncProvider provider)
{
    public SyncProvider Provider => provider;

    /// <summary>The URL the fund's file is fetched from (template from <c>Sync:&lt;Provider&gt;:UrlTemplate</c>).</summary>
    public string UrlOf(IssuerFund fund)
    {
        var o = options.Get(provider.ToString());
        return fund.Url(o.BaseUrl ?? SyncProviderOptions.DefaultBaseUrl(provider), o.UrlTemplate);
    }

    /// <summary>The file's bytes.</summary>
    public async Task<byte[]> GetAsync(IssuerFund fund, CancellationToken ct = default)
    {
        var what = $"{provider.ToString().ToLowerInvariant()} {fund.Symbol}";
        var body = await SyncHttp.GetAsync(http, what, UrlOf(fund), _ => "no such file (HTTP 404; the issuer may have moved it: check the URL template)", ct).ConfigureAwait(false);
        if (SyncHttp.IsHtml(body))
        {
            throw new SyncException($"{what}: answered HTTP 200 with an HTML page (a login, consent or proof-of-work page), not the fund file; nothing imported");
        }

        return body;
    }
}

/// <summary>Typed client of the iShares fund download.</summary>
public sealed class ISharesClient(HttpClient http, IOptionsMonitor<SyncProviderOptions> options) : IssuerFileClient(http, options, SyncProvider.IShares);

/// <summary>Typed client of ProShares' historical NAV files.</summary>
public sealed class ProSharesClient(HttpClient http, IOptionsMonitor<SyncProviderOptions> options) : IssuerFileClient(http, options, SyncProvider.ProShares);

/// <summary>Typed client of Direxion's holdings files.</summary>
public sealed class DirexionClient(HttpClient http, IOptionsMonitor<SyncProviderOptions> options) : IssuerFileClient(http, options, SyncProvider.Direxion);
