using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Import;

/// <summary>
/// The instruments the dashboard knows by name. An import of one of them creates it with these attributes;
/// any other symbol becomes <see cref="InstrumentKind.Other"/>. Flow files list tickers outside this catalogue
/// (and outside the database) as skipped unless the user names one.
/// </summary>
public static class InstrumentCatalogue
{
    private static readonly Dictionary<string, Instrument> Known = Build();

    private static readonly IssuerListing[] Listings =
    [
        new("IWM", "iShares", "iShares Russell 2000 ETF", "239710", "ishares-russell-2000-etf"),
        new("IJR", "iShares", "iShares Core S&P Small-Cap ETF", "239774", "ishares-core-sp-smallcap-etf"),
        new("TNA", "Direxion", "Direxion Daily Small Cap Bull 3X Shares", null, "tna"),
        new("TZA", "Direxion", "Direxion Daily Small Cap Bear 3X Shares", null, "tza"),
        new("RWM", "ProShares", "ProShares Short Russell2000", null, "RWM"),
        new("TWM", "ProShares", "ProShares UltraShort Russell2000", null, "TWM"),
        new("SRTY", "ProShares", "ProShares UltraPro Short Russell2000", null, "SRTY"),
    ];

    public static IReadOnlyCollection<string> Symbols => Known.Keys;

    /// <summary>How the issuers name and address the catalogue's funds (their files name the fund, not the ticker).</summary>
    public static IReadOnlyList<IssuerListing> IssuerListings => Listings;

    /// <summary>
    /// The catalogue symbol of a fund named as its issuer names it ("iShares Russell 2000 ETF"), compared on letters
    /// and digits only, case-insensitive (so the file name <c>iShares-Russell-2000-ETF_fund.xls</c> matches too); null if unknown.
    /// </summary>
    public static string? SymbolForIssuerName(string name)
    {
        var key = Issuers.IssuerValues.NameKey(name);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var l in Listings)
        {
            if (Issuers.IssuerValues.NameKey(l.FundName) == key)
            {
                return l.Symbol;
            }
        }

        return null;
    }

    /// <summary>The issuer listing of a catalogue symbol, or null.</summary>
    public static IssuerListing? Listing(string symbol) =>
        Array.Find(Listings, l => string.Equals(l.Symbol, symbol, StringComparison.OrdinalIgnoreCase));

    public static bool Contains(string symbol) => Known.ContainsKey(symbol.ToUpperInvariant());

    /// <summary>A new, unsaved instrument for <paramref name="symbol"/>: the catalogue entry, or Kind Other.</summary>
    public static Instrument Create(string symbol)
    {
        symbol = symbol.ToUpperInvariant();
        if (Known.TryGetValue(symbol, out var k))
        {
            return new Instrument
            {
                Symbol = k.Symbol, Name = k.Name, Kind = k.Kind, Leverage = k.Leverage,
                Benchmark = k.Benchmark, SizeGroup = k.SizeGroup, Issuer = k.Issuer,
            };
        }

        return new Instrument { Symbol = symbol, Name = symbol, Kind = InstrumentKind.Other };
    }

    private static Dictionary<string, Instrument> Build()
    {
        Instrument I(string s, string name, InstrumentKind kind, double beta, string? bench, SizeGroup size, string? issuer) =>
            new() { Symbol = s, Name = name, Kind = kind, Leverage = beta, Benchmark = bench, SizeGroup = size, Issuer = issuer };

        Instrument[] all =
        [
            I("IWM", "iShares Russell 2000 ETF", InstrumentKind.Etf, 1, "^RUT", SizeGroup.Small, "iShares"),
            I("IJR", "iShares Core S&P Small-Cap ETF", InstrumentKind.Etf, 1, null, SizeGroup.Small, "iShares"),
            I("SPY", "SPDR S&P 500 ETF Trust", InstrumentKind.Etf, 1, "^GSPC", SizeGroup.Large, "State Street"),
            I("DIA", "SPDR Dow Jones Industrial Average ETF Trust", InstrumentKind.Etf, 1, null, SizeGroup.Large, "State Street"),
            I("QQQ", "Invesco QQQ Trust", InstrumentKind.Etf, 1, null, SizeGroup.Large, "Invesco"),
            I("TNA", "Direxion Daily Small Cap Bull 3X Shares", InstrumentKind.LeveragedEtf, 3, "^RUT", SizeGroup.Small, "Direxion"),
            I("TZA", "Direxion Daily Small Cap Bear 3X Shares", InstrumentKind.LeveragedEtf, -3, "^RUT", SizeGroup.Small, "Direxion"),
            I("RWM", "ProShares Short Russell2000", InstrumentKind.LeveragedEtf, -1, "^RUT", SizeGroup.Small, "ProShares"),
            I("TWM", "ProShares UltraShort Russell2000", InstrumentKind.LeveragedEtf, -2, "^RUT", SizeGroup.Small, "ProShares"),
            I("SRTY", "ProShares UltraPro Short Russell2000", InstrumentKind.LeveragedEtf, -3, "^RUT", SizeGroup.Small, "ProShares"),
            I("^RUT", "Russell 2000 Index", InstrumentKind.Index, 1, null, SizeGroup.Small, null),
            I("^GSPC", "S&P 500 Index", InstrumentKind.Index, 1, null, SizeGroup.Large, null),
        ];
        return all.ToDictionary(i => i.Symbol, StringComparer.Ordinal);
    }
}

/// <summary>A catalogue fund as its issuer lists it.</summary>
/// <param name="Symbol">The catalogue symbol.</param>
/// <param name="Issuer">iShares, Direxion, ProShares.</param>
/// <param name="FundName">The fund's name in the issuer's files (iShares files name the fund, never the ticker).</param>
/// <param name="ProductPageId">iShares product page id (<c>/us/products/239710/…</c>), null for other issuers.</param>
/// <param name="Slug">The issuer's path segment for the fund (iShares product page slug; Direxion and ProShares file names use the ticker).</param>
public sealed record IssuerListing(string Symbol, string Issuer, string FundName, string? ProductPageId, string Slug);

