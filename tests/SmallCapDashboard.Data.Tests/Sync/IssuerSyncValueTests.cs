using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Sync;
using SmallCapDashboard.Data.Tests.Import.Issuers;
using SmallCapDashboard.Data.Tests.Postgres;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Data.Tests.Sync;

public sealed class IssuerSyncValueSqliteTests : IssuerSyncValueTests
{
    private protected override Task<SyncHarness> StartAsync() => SyncHarness.StartAsync();
}

public sealed class IssuerSyncValuePostgresTests : IssuerSyncValueTests, IAsyncLifetime
{
    private readonly PostgresTestDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private protected override Task<SyncHarness> StartAsync() =>
        SyncHarness.StartAsync(store: new MarketDataOptions { Provider = MarketDataProvider.Postgres, ConnectionString = _db.ConnectionString });
}

/// <summary>
/// What a synced issuer download stores: the issuer-file fixtures served by the stand-in at the issuers' URLs, synced
/// through <see cref="SyncService"/>, then the stored fund days read back and checked against net flow, AUM and
/// shares worked out by hand from the fixtures' numbers (net flow(t) = (shares(t) − shares(t−1)) × NAV(t), AUM =
/// shares × NAV), with the source the sync names and the real (not modelled) flag.
/// </summary>
public abstract class IssuerSyncValueTests
{
    private static readonly string IwmPath = "/us/products/239710/ishares-russell-2000-etf/1521942788811.ajax";
    private static readonly string IjrPath = "/us/products/239774/ishares-core-sp-smallcap-etf/1521942788811.ajax";

    private protected abstract Task<SyncHarness> StartAsync();

    [Fact]
    public async Task Sync_ISharesWorkbooks_FundDaysByHandFromTheHistoricalSheets()
    {
        await using var h = await StartAsync();
        h.Upstream.On(IwmPath, UpstreamStandIn.Bytes(await File.ReadAllBytesAsync(IssuerFixtures.IwmWorkbook), "application/vnd.ms-excel"));
        // The shared synthetic workbook (fund "iShares Example Small-Cap ETF") served as IJR's download: the sync names the fund.
        h.Upstream.On(IjrPath, UpstreamStandIn.Bytes(await File.ReadAllBytesAsync(IssuerFixtures.SharedWorkbook), "application/vnd.ms-excel"));

        var report = await h.RunAsync(new SyncRequest { Providers = [SyncProvider.IShares] });

        Assert.True(report.Succeeded, string.Join("\n", report.Outcomes.Select(o => o.Message)));
        Assert.Equal([("IJR", SyncStatus.Updated), ("IWM", SyncStatus.Updated)], report.Outcomes.Select(o => (o.Symbol, o.Status)).Order());
        var iwm = await DaysAsync(h, "IWM");
        // Historical sheet (newest first): Aug 01 141.50 / 243,000,000; Jul 31 140.00 / 243,150,000; Jul 28 139.00 / "--";
        // Jul 27 138.50 / 243,400,000; Jul 26 140.20 / 243,000,000.
        Assert.Equal([new DateOnly(2017, 7, 26), new DateOnly(2017, 7, 27), new DateOnly(2017, 7, 28), new DateOnly(2017, 7, 31), new DateOnly(2017, 8, 1)], iwm.Keys);
        // Jul 26: the first day, no flow; AUM 243,000,000 × 140.20 = 34,068,600,000.
        Assert.Equal((243_000_000.0, 140.20), (iwm[new(2017, 7, 26)].SharesOutstanding!.Value, iwm[new(2017, 7, 26)].Nav!.Value));
        Assert.Null(iwm[new(2017, 7, 26)].NetFlow);
        Assert.Equal(34_068_600_000, iwm[new(2017, 7, 26)].Aum!.Value, 3);
        // Jul 27: (243,400,000 − 243,000,000) × 138.50 = 400,000 × 138.50 = 55,400,000; AUM 243,400,000 × 138.50 = 33,710,900,000.
        Assert.Equal(55_400_000, iwm[new(2017, 7, 27)].NetFlow!.Value, 6);
        Assert.Equal(33_710_900_000, iwm[new(2017, 7, 27)].Aum!.Value, 3);
        // Jul 28: shares "--" = not reported: shares, flow and AUM missing (never zero), NAV 139.00 kept.
        Assert.Equal(((double?)null, (double?)null, (double?)null, 139.00),
            (iwm[new(2017, 7, 28)].SharesOutstanding, iwm[new(2017, 7, 28)].NetFlow, iwm[new(2017, 7, 28)].Aum, iwm[new(2017, 7, 28)].Nav!.Value));
        // Jul 31: the previous day's shares are missing → no flow; AUM 243,150,000 × 140.00 = 34,041,000,000.
        Assert.Null(iwm[new(2017, 7, 31)].NetFlow);
        Assert.Equal(34_041_000_000, iwm[new(2017, 7, 31)].Aum!.Value, 3);
        // Aug 01: (243,000,000 − 243,150,000) × 141.50 = −150,000 × 141.50 = −21,225,000; AUM 243,000,000 × 141.50 = 34,384,500,000.
        Assert.Equal(-21_225_000, iwm[new(2017, 8, 1)].NetFlow!.Value, 6);
        Assert.Equal(34_384_500_000, iwm[new(2017, 8, 1)].Aum!.Value, 3);
        Assert.All(iwm.Values, d => Assert.Equal(("sync:ishares", false), (d.Source, d.Modelled)));

        var ijr = await DaysAsync(h, "IJR");
        // Shared workbook: Dec 31, 2024 113.721696 / 115,500,000; Dec 30, 2024 114.272206 / 115,800,000.
        // Dec 31: (115,500,000 − 115,800,000) × 113.721696 = −300,000 × 113.721696 = −34,116,508.8;
        // AUM 115,500,000 × 113.721696 = 11,372,169,600 + 1,762,686,288 = 13,134,855,888.
        var dec31 = ijr[new(2024, 12, 31)];
        Assert.Equal((115_500_000.0, 113.721696), (dec31.SharesOutstanding!.Value, dec31.Nav!.Value));
        Assert.Equal(-34_116_508.8, dec31.NetFlow!.Value, 4);
        Assert.Equal(13_134_855_888, dec31.Aum!.Value, 3);
        // Dec 30: AUM 115,800,000 × 114.272206 = 11,427,220,600 + 1,805,500,854.8 = 13,232,721,454.8.
        Assert.Equal(13_232_721_454.8, ijr[new(2024, 12, 30)].Aum!.Value, 3);
        Assert.All(ijr.Values, d => Assert.Equal(("sync:ishares", false), (d.Source, d.Modelled)));
    }

    [Fact]
    public async Task Sync_ProSharesHistoricalNav_SharesFromAumOverNavAndFlowsByHand()
    {
        await using var h = await StartAsync();
        h.Upstream.On("/etfdata/ByFund/SRTY-historical_nav.csv",
            UpstreamStandIn.Text(200, await File.ReadAllTextAsync(IssuerFixtures.Path("SRTY-historical_nav.csv")), "text/csv"));

        var outcome = Assert.Single((await h.RunAsync(new SyncRequest { Providers = [SyncProvider.ProShares], Symbols = ["SRTY"] })).Outcomes);

        Assert.Equal((SyncStatus.Updated, 4), (outcome.Status, outcome.NewRows));
        var srty = await DaysAsync(h, "SRTY");
        // The file's "Shares Outstanding (000)" (4000, 4200, 1050, 1000) disagree with AUM ÷ NAV on the older rows (a
        // reverse split adjusted into some columns only): 4,000 thousand × $82 would be $328M, the file says $82M. The
        // importer takes shares = AUM ÷ NAV: 01/10 82,000,000 ÷ 82 = 1,000,000; 01/11 84,000,000 ÷ 80 = 1,050,000;
        // 01/12 85,050,000 ÷ 81 = 1,050,000; 01/13 80,000,000 ÷ 80 = 1,000,000.
        Assert.Equal([1_000_000.0, 1_050_000, 1_050_000, 1_000_000], srty.Values.Select(d => d.SharesOutstanding!.Value));
        Assert.Equal([82.0, 80, 81, 80], srty.Values.Select(d => d.Nav!.Value));
        Assert.Equal([82_000_000.0, 84_000_000, 85_050_000, 80_000_000], srty.Values.Select(d => d.Aum!.Value));
        // Flows: 01/10 first day → none; 01/11 (1,050,000 − 1,000,000) × 80 = 4,000,000; 01/12 0 × 81 = 0; 01/13 (1,000,000 − 1,050,000) × 80 = −4,000,000.
        Assert.Null(srty[new(2017, 1, 10)].NetFlow);
        Assert.Equal(4_000_000, srty[new(2017, 1, 11)].NetFlow!.Value, 6);
        Assert.Equal(0, srty[new(2017, 1, 12)].NetFlow!.Value, 6);
        Assert.Equal(-4_000_000, srty[new(2017, 1, 13)].NetFlow!.Value, 6);
        Assert.All(srty.Values, d => Assert.Equal(("sync:proshares", false), (d.Source, d.Modelled)));
    }

    [Fact]
    public async Task Sync_DirexionTwoConsecutiveDailyFiles_TheSecondDaysFlowFromTheShareChange()
    {
        await using var h = await StartAsync();
        // The same URL answers Wednesday's file, then Thursday's (the holdings file is replaced each day).
        h.Upstream.On("/holdings/TNA.csv",
            UpstreamStandIn.Text(200, await File.ReadAllTextAsync(IssuerFixtures.Path("TNA-2017-08-16.csv")), "text/csv"),
            UpstreamStandIn.Text(200, await File.ReadAllTextAsync(IssuerFixtures.Path("TNA-2017-08-17.csv")), "text/csv"));
        var request = new SyncRequest { Providers = [SyncProvider.Direxion], Symbols = ["TNA"] };

        var first = Assert.Single((await h.RunAsync(request)).Outcomes);
        h.Clock.Advance(TimeSpan.FromDays(1));
        var second = Assert.Single((await h.RunAsync(request)).Outcomes);

        Assert.Equal((SyncStatus.Updated, SyncStatus.Updated), (first.Status, second.Status));
        var tna = await DaysAsync(h, "TNA");
        Assert.Equal([new DateOnly(2017, 8, 16), new DateOnly(2017, 8, 17)], tna.Keys);
        // No TNA bars stored: NAV = the holdings' market values ÷ shares outstanding.
        // 08/16: 168,000,000 + 0 + 424,800,000 = 592,800,000 ÷ 12,350,000 = 48.00; AUM 12,350,000 × 48 = 592,800,000; first day, no flow.
        var aug16 = tna[new(2017, 8, 16)];
        Assert.Equal((12_350_000.0, 48.0), (aug16.SharesOutstanding!.Value, aug16.Nav!.Value));
        Assert.Equal(592_800_000, aug16.Aum!.Value, 4);
        Assert.Null(aug16.NetFlow);
        // 08/17: 175,000,000 + 0 + 450,000,000 = 625,000,000 ÷ 12,500,000 = 50.00; flow (12,500,000 − 12,350,000) × 50 = 7,500,000.
        var aug17 = tna[new(2017, 8, 17)];
        Assert.Equal((12_500_000.0, 50.0), (aug17.SharesOutstanding!.Value, aug17.Nav!.Value));
        Assert.Equal(7_500_000, aug17.NetFlow!.Value, 6);
        Assert.Equal(625_000_000, aug17.Aum!.Value, 4);
        Assert.All(tna.Values, d => Assert.Equal(("sync:direxion", false), (d.Source, d.Modelled)));
        // Each day's download kept under its own date, so the daily files accumulate.
        Assert.True(File.Exists(Path.Combine(h.ArchiveFolder, "direxion", "2026-01-07", "TNA.csv")));
        Assert.True(File.Exists(Path.Combine(h.ArchiveFolder, "direxion", "2026-01-08", "TNA.csv")));
    }

    private static async Task<SortedDictionary<DateOnly, FundDay>> DaysAsync(SyncHarness h, string symbol)
    {
        await using var db = await h.Db.CreateDbContextAsync();
        var days = await db.FundDays.AsNoTracking().Where(f => f.Instrument!.Symbol == symbol).ToListAsync();
        return new SortedDictionary<DateOnly, FundDay>(days.ToDictionary(d => d.Date));
    }
}
