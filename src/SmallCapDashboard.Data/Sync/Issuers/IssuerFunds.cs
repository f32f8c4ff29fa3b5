namespace SmallCapDashboard.Data.Sync.Issuers;

/// <summary>A fund whose issuer publishes a file with its shares outstanding: where to fetch it and how to import it.</summary>
/// <param name="Symbol">Ticker.</param>
/// <param name="Provider">The issuer's provider.</param>
/// <param name="ProductId">iShares product page id (IWM 239710, IJR 239774); null elsewhere.</param>
/// <param name="Slug">iShares product page slug; null elsewhere.</param>
public sealed record IssuerFund(string Symbol, SyncProvider Provider, string? ProductId = null, string? Slug = null)
{
    /// <summary>The file name the download is imported and archived under (it names the ticker, as the real downloads do).</summary>
    public string FileName => Provider switch
    {
        SyncProvider.IShares => $"{Symbol}_fund.xls",
        SyncProvider.ProShares => $"{Symbol}-historical_nav.csv",
        _ => $"{Symbol}.csv",
    };

    /// <summary>The download's URL from the provider's template.</summary>
    public string Url(string baseUrl, string? template) =>
        (template ?? IssuerFunds.DefaultTemplate(Provider))
            .Replace("{base}", baseUrl.TrimEnd('/'), StringComparison.Ordinal)
            .Replace("{id}", ProductId ?? "", StringComparison.Ordinal)
            .Replace("{slug}", Slug ?? "", StringComparison.Ordinal)
            .Replace("{Fund}", Symbol, StringComparison.Ordinal)
            .Replace("{fund}", Symbol.ToLowerInvariant(), StringComparison.Ordinal);
}

/// <summary>The issuer files the dashboard follows (catalogue funds only).</summary>
public static class IssuerFunds
{
    public static IReadOnlyList<IssuerFund> All { get; } =
    [
        new("IWM", SyncProvider.IShares, "239710", "ishares-russell-2000-etf"),
        new("IJR", SyncProvider.IShares, "239774", "ishares-core-sp-smallcap-etf"),
        new("RWM", SyncProvider.ProShares),
        new("TWM", SyncProvider.ProShares),
        new("SRTY", SyncProvider.ProShares),
        new("TNA", SyncProvider.Direxion),
        new("TZA", SyncProvider.Direxion),
    ];

    /// <summary>The URL templates used when <c>Sync:&lt;Provider&gt;:UrlTemplate</c> is not set.</summary>
    public static string DefaultTemplate(SyncProvider provider) => provider switch
    {
        SyncProvider.IShares => SyncProviderOptions.DefaultISharesTemplate,
        SyncProvider.ProShares => "{base}/etfdata/ByFund/{Fund}-historical_nav.csv",
        SyncProvider.Direxion => "{base}/holdings/{Fund}.csv",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "not an issuer"),
    };
}
