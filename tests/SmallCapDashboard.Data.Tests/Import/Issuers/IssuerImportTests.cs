using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import.Issuers;

public sealed class IssuerImportSqliteTests(SqliteImportDatabase db) : IssuerImportTests(db), IClassFixture<SqliteImportDatabase>;

public sealed class IssuerImportPostgresTests(PostgresImportDatabase db) : IssuerImportTests(db), IClassFixture<PostgresImportDatabase>;

/// <summary>
/// Issuer files imported through <c>ImportFlowsAsync</c> (the entry point of <c>smallcap import flows</c> and the
/// browser upload) into a real database. Expected flows are worked out by hand from the fixtures' numbers.
/// </summary>
public abstract class IssuerImportTests(MarketTestDatabase db) : IAsyncLifetime
{
    private static readonly DateOnly Jul26 = new(2017, 7, 26);
    private static readonly DateOnly Jul27 = new(2017, 7, 27);
    private static readonly DateOnly Jul28 = new(2017, 7, 28);
    private static readonly DateOnly Jul31 = new(2017, 7, 31);
    private static readonly DateOnly Aug01 = new(2017, 8, 1);

    private readonly TempDir _dir = new();

    private ImportService Service { get; } = new(db);

    public Task InitializeAsync() => db.ResetAsync();

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ImportFlows_IsharesWorkbook_RealFundDaysByHandAndHoldingsSnapshot()
    {
        var result = await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("ishares", "IWM", 5, 5), (result.Format, Assert.Single(result.Symbols), result.RowsRead, result.RowsWritten));
        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        Assert.All(rows.Values, r => Assert.Equal(("iShares fund file (as of 2017-08-01)", false), (r.Source, r.Modelled)));
        // Jul 26: first row, no previous shares → no flow. AUM = 243,000,000 × 140.20.
        Assert.Equal((243_000_000, 140.20, (double?)null), (rows[Jul26].Shares!.Value, rows[Jul26].Nav!.Value, rows[Jul26].NetFlow));
        Assert.Equal(34_068_600_000, rows[Jul26].Aum!.Value, 3);
        // Jul 27: (243,400,000 − 243,000,000) × 138.50 = 55,400,000; AUM 243,400,000 × 138.50 = 33,710,900,000.
        Assert.Equal(55_400_000, rows[Jul27].NetFlow!.Value, 6);
        Assert.Equal(33_710_900_000, rows[Jul27].Aum!.Value, 3);
        // Jul 28: shares "--" → shares, flow and AUM missing (never zero); Jul 31: previous shares missing → no flow.
        Assert.Equal(((double?)null, (double?)null, (double?)null, 139.00), (rows[Jul28].Shares, rows[Jul28].NetFlow, rows[Jul28].Aum, rows[Jul28].Nav!.Value));
        Assert.Null(rows[Jul31].NetFlow);
        Assert.Equal(34_041_000_000, rows[Jul31].Aum!.Value, 3); // 243,150,000 × 140.00
        // Aug 01: (243,000,000 − 243,150,000) × 141.50 = −21,225,000; AUM 243,000,000 × 141.50 = 34,384,500,000.
        Assert.Equal(-21_225_000, rows[Aug01].NetFlow!.Value, 6);
        Assert.Equal(34_384_500_000, rows[Aug01].Aum!.Value, 3);

        Assert.Equal(new HoldingsImported("IWM", Aug01, 5, 5, false), result.Holdings);
        await using var context = db.CreateDbContext();
        var snapshot = await context.HoldingsSnapshots.AsNoTracking().Include(s => s.Holdings).SingleAsync();
        Assert.Equal((Aug01, 243_000_000.0, "iShares Russell 2000 ETF", "iShares-Russell-2000-ETF_fund.xls"),
            (snapshot.AsOf, snapshot.SharesOutstanding!.Value, snapshot.FundName, snapshot.File));
        var weights = snapshot.Holdings.GroupBy(h => h.Sector).ToDictionary(g => g.Key, g => g.Sum(h => h.WeightPercent ?? 0));
        Assert.Equal(40, weights["Industrials"]);
        Assert.Equal(30, weights["Consumer Discretionary"]);
        Assert.Equal(20, weights["Health Care"]);
        Assert.Equal(10, weights["Cash and/or Derivatives"]);
        Assert.Equal("SMITH & WESSON BRANDS INC", snapshot.Holdings.Single(h => h.Position == 0).Name);
    }

    [Fact]
    public async Task ImportFlows_IsharesWorkbookOverModelledDays_ReplacesThemAndNoOthers()
    {
        await using (var context = db.CreateDbContext())
        {
            var iwm = InstrumentCatalogue.Create("IWM");
            context.Instruments.Add(iwm);
            context.FundDays.Add(new FundDay { Instrument = iwm, Date = Jul27, SharesOutstanding = 1, Nav = 2, NetFlow = 123, Aum = 2, Source = "model:v1 (seed 1)", Modelled = true });
            context.FundDays.Add(new FundDay { Instrument = iwm, Date = Jul28, SharesOutstanding = 1, Nav = 2, NetFlow = 124, Aum = 2, Source = "model:v1 (seed 1)", Modelled = true });
            context.FundDays.Add(new FundDay { Instrument = iwm, Date = new DateOnly(2017, 7, 25), NetFlow = 456, Source = "model:v1 (seed 1)", Modelled = true });
            await context.SaveChangesAsync();
        }

        var result = await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions());

        Assert.True(result.Succeeded, result.Error);
        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        Assert.Equal((55_400_000, false), (rows[Jul27].NetFlow!.Value, rows[Jul27].Modelled));
        // the real "not reported" day replaces the modelled one: its values are missing, not the model's
        Assert.Equal(((double?)null, (double?)null, false), (rows[Jul28].Shares, rows[Jul28].NetFlow, rows[Jul28].Modelled));
        Assert.Equal((456.0, true), (rows[new DateOnly(2017, 7, 25)].NetFlow!.Value, rows[new DateOnly(2017, 7, 25)].Modelled));
        Assert.Contains(result.Warnings, w => w.Contains("2 modelled day(s) replaced", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportFlows_SameWorkbookTwice_SecondWritesNothing()
    {
        await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions());
        var before = await db.SnapshotAsync();

        var again = await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions());

        var after = await db.SnapshotAsync();
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal((0, 0), (again.RowsWritten, again.Holdings!.LinesWritten));
        Assert.Equal(before.Flows, after.Flows);
        Assert.Equal(before.Holdings, after.Holdings);
    }

    [Fact]
    public async Task ImportFlows_DifferentHoldingsSameDay_SnapshotReplacedWithWarning()
    {
        await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions());
        var revised = _dir.Write("iShares-Russell-2000-ETF_fund.xls",
            File.ReadAllText(IssuerFixtures.IwmWorkbook).Replace(">40.00000<", ">39.50000<", StringComparison.Ordinal));

        var result = await Service.ImportFlowsAsync(revised, new FlowImportOptions());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new HoldingsImported("IWM", Aug01, 5, 5, true), result.Holdings);
        Assert.Contains(result.Warnings, w => w.Contains("replaced the stored holdings of 2017-08-01", StringComparison.Ordinal));
        await using var context = db.CreateDbContext();
        var snapshot = await context.HoldingsSnapshots.AsNoTracking().Include(s => s.Holdings).SingleAsync();
        Assert.Equal(5, snapshot.Holdings.Count);
        Assert.Equal(39.5, snapshot.Holdings.Single(h => h.Ticker == "AAA").WeightPercent);
    }

    [Fact]
    public async Task ImportFlows_SharedSyntheticWorkbook_UnknownNameRefusedThenStoredUnderSymbol()
    {
        var refused = await Service.ImportFlowsAsync(IssuerFixtures.SharedWorkbook, new FlowImportOptions());

        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Equal("iShares-Example-Small-Cap-ETF_fund.xls, field 'fund name': the fund 'iShares Example Small-Cap ETF' is not in the catalogue "
            + "(iShares Russell 2000 ETF = IWM, iShares Core S&P Small-Cap ETF = IJR); name its ticker with --symbol", refused.Error);
        Assert.Equal(ImportException.FundNameField, refused.RefusedField); // the browser offers a retry with a symbol on this field
        Assert.Empty((await db.SnapshotAsync()).Flows);

        var stored = await Service.ImportFlowsAsync(IssuerFixtures.SharedWorkbook, new FlowImportOptions { Symbol = "EXSC" });

        Assert.True(stored.Succeeded, stored.Error);
        Assert.Equal(503, stored.RowsWritten);
        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        // Dec 31, 2024: (115,500,000 − 115,800,000) × 113.721696 = −34,116,508.8; AUM 115,500,000 × 113.721696 = 13,134,855,888
        Assert.Equal(-34_116_508.8, rows[new DateOnly(2024, 12, 31)].NetFlow!.Value, 4);
        Assert.Equal(13_134_855_888, rows[new DateOnly(2024, 12, 31)].Aum!.Value, 3);
        // Aug 05, 2024 "--": that day's and the next day's flows missing; Aug 02: (117,100,000 − 117,150,000) × 94.386256
        Assert.Null(rows[new DateOnly(2024, 8, 5)].NetFlow);
        Assert.Null(rows[new DateOnly(2024, 8, 6)].NetFlow);
        Assert.Equal(-4_719_312.8, rows[new DateOnly(2024, 8, 2)].NetFlow!.Value, 4);
        Assert.Equal(46, stored.Holdings!.LinesWritten);
    }

    [Fact]
    public async Task ImportFlows_IwmWorkbookWithSymbolOfAnotherFund_StoredAsRequestedWithWarning()
    {
        var result = await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions { Symbol = "IJR" });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("IJR", Assert.Single(result.Symbols));
        Assert.Contains(result.Warnings, w => w.Contains("iShares Russell 2000 ETF (IWM); stored as IJR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no-historical")]
    [InlineData("bad-date")]
    [InlineData("bad-number")]
    [InlineData("unknown-name")]
    [InlineData("html")]
    public async Task ImportFlows_BadWorkbook_RefusedNothingStoredButTheRun(string kind)
    {
        await Service.ImportFlowsAsync(IssuerFixtures.Path("IJR_holdings_2017.csv"), new FlowImportOptions());
        var before = await db.SnapshotAsync();
        var text = File.ReadAllText(IssuerFixtures.IwmWorkbook);
        var (path, expected) = kind switch
        {
            "no-historical" => (_dir.Write("iShares-Russell-2000-ETF_fund.xls", text.Replace("ss:Name=\"Historical\"", "ss:Name=\"Hist\"", StringComparison.Ordinal)),
                "no 'Historical' worksheet"),
            "bad-date" => (_dir.Write("iShares-Russell-2000-ETF_fund.xls", text.Replace(">Jul 31, 2017<", ">Jul 31 2017<", StringComparison.Ordinal)),
                "field 'As Of': sheet 'Historical', row 3: 'Jul 31 2017' is not a date"),
            "bad-number" => (_dir.Write("iShares-Russell-2000-ETF_fund.xls", text.Replace(">141.50<", ">141.5O<", StringComparison.Ordinal)),
                "field 'NAV per Share': sheet 'Historical', row 2: '141.5O' is not a number"),
            "unknown-name" => (_dir.Write("iShares-Micro-Cap-ETF_fund.xls", text.Replace(">iShares Russell 2000 ETF<", ">iShares Micro-Cap ETF<", StringComparison.Ordinal)),
                "the fund 'iShares Micro-Cap ETF' is not in the catalogue"),
            _ => (IssuerFixtures.Path("iShares-Russell-2000-ETF_login.xls"), "this is an HTML page"),
        };

        var result = await Service.ImportFlowsAsync(path, new FlowImportOptions());

        var after = await db.SnapshotAsync();
        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.StartsWith(Path.GetFileName(path), result.Error, StringComparison.Ordinal);
        Assert.Equal(before.Flows, after.Flows);
        Assert.Equal(before.Holdings, after.Holdings);
        Assert.Equal(before.Instruments, after.Instruments);
        var run = Assert.Single(after.Runs.Skip(before.Runs.Count));
        Assert.Equal((ImportStatus.Refused, 0), (run.Status, run.Rows));
    }

    [Fact]
    public async Task ImportFlows_IsharesHoldingsCsv_SnapshotAndThatDaysSharesWithNavFromMarketValue()
    {
        var result = await Service.ImportFlowsAsync(IssuerFixtures.Path("IJR_holdings_2017.csv"), new FlowImportOptions());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("ishares-holdings", "IJR", 1), (result.Format, Assert.Single(result.Symbols), result.RowsWritten));
        var day = Assert.Single((await db.SnapshotAsync()).Flows);
        // no stored bar → NAV = market values (82,000,000 + 54,660,000) ÷ 186,650,000 shares; no previous real day → no flow
        Assert.Equal(186_650_000, day.Shares);
        Assert.Equal(136_660_000.0 / 186_650_000, day.Nav!.Value, 12);
        Assert.Equal(136_660_000, day.Aum!.Value, 4);
        Assert.Null(day.NetFlow);
        Assert.Equal("iShares holdings CSV (as of 2017-08-01; NAV = market value ÷ shares)", day.Source);
        Assert.Equal(2, result.Holdings!.LinesWritten);
    }

    [Fact]
    public async Task ImportFlows_IsharesHoldingsCsvAfterWorkbook_AgreesAndKeepsTheWorkbooksValues()
    {
        // The IWM CSV is dated 2026-04-10, the workbook ends 2017-08-01: no overlap, both stored.
        await Service.ImportFlowsAsync(IssuerFixtures.IwmWorkbook, new FlowImportOptions());

        var result = await Service.ImportFlowsAsync(IssuerFixtures.Path("IWM_holdings.csv"), new FlowImportOptions());

        Assert.True(result.Succeeded, result.Error);
        await using var context = db.CreateDbContext();
        Assert.Equal([Aug01, new DateOnly(2026, 4, 10)], await context.HoldingsSnapshots.OrderBy(s => s.AsOf).Select(s => s.AsOf).ToListAsync());
        Assert.Equal(280_200_000, (await db.SnapshotAsync()).Flows.Single(f => f.Date == new DateOnly(2026, 4, 10)).Shares);
    }

    [Fact]
    public async Task ImportFlows_DirexionConsecutiveDays_RealFlowFromTheShareChange()
    {
        var first = await Service.ImportFlowsAsync(IssuerFixtures.Path("TNA-2017-08-16.csv"), new FlowImportOptions());
        var second = await Service.ImportFlowsAsync(IssuerFixtures.Path("TNA-2017-08-17.csv"), new FlowImportOptions());

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(("direxion", "TNA"), (second.Format, Assert.Single(second.Symbols)));
        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        // NAV = market values ÷ shares: 592,800,000 ÷ 12,350,000 = 48; 625,000,000 ÷ 12,500,000 = 50.
        Assert.Equal(48, rows[new DateOnly(2017, 8, 16)].Nav!.Value, 12);
        Assert.Null(rows[new DateOnly(2017, 8, 16)].NetFlow);
        // (12,500,000 − 12,350,000) × 50 = 7,500,000
        Assert.Equal(7_500_000, rows[new DateOnly(2017, 8, 17)].NetFlow!.Value, 6);
        Assert.Equal(625_000_000, rows[new DateOnly(2017, 8, 17)].Aum!.Value, 4);
        await using var context = db.CreateDbContext();
        Assert.Equal(2, await context.HoldingsSnapshots.CountAsync());
    }

    [Fact]
    public async Task ImportFlows_DirexionLaterDayFirst_EarlierDayFillsItsFlow()
    {
        await Service.ImportFlowsAsync(IssuerFixtures.Path("TNA-2017-08-17.csv"), new FlowImportOptions());
        Assert.Null(Assert.Single((await db.SnapshotAsync()).Flows).NetFlow);

        await Service.ImportFlowsAsync(IssuerFixtures.Path("TNA-2017-08-16.csv"), new FlowImportOptions());

        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        Assert.Equal(7_500_000, rows[new DateOnly(2017, 8, 17)].NetFlow!.Value, 6);
    }

    [Fact]
    public async Task ImportFlows_DirexionWithStoredClose_NavIsTheCloseAndSourceSaysSo()
    {
        await using (var context = db.CreateDbContext())
        {
            var tna = InstrumentCatalogue.Create("TNA");
            context.Instruments.Add(tna);
            context.DailyBars.Add(new DailyBar { Instrument = tna, Date = new DateOnly(2017, 8, 16), Open = 48, High = 48, Low = 48, Close = 48.2, Volume = 1, Source = "test" });
            context.DailyBars.Add(new DailyBar { Instrument = tna, Date = new DateOnly(2017, 8, 17), Open = 49, High = 50, Low = 49, Close = 49.5, Volume = 1, Source = "test" });
            await context.SaveChangesAsync();
        }

        await Service.ImportFlowsAsync(IssuerFixtures.Path("TNA-2017-08-16.csv"), new FlowImportOptions());
        await Service.ImportFlowsAsync(IssuerFixtures.Path("TNA-2017-08-17.csv"), new FlowImportOptions());

        var day = (await db.SnapshotAsync()).Flows.Single(f => f.Date == new DateOnly(2017, 8, 17));
        // (12,500,000 − 12,350,000) × 49.5 = 7,425,000
        Assert.Equal((49.5, "Direxion holdings CSV (as of 2017-08-17; NAV = stored close)"), (day.Nav!.Value, day.Source));
        Assert.Equal(7_425_000, day.NetFlow!.Value, 6);
    }

    [Fact]
    public async Task ImportFlows_ProSharesReverseSplitAdjustedRows_SharesFromAumOverNavWithOneWarning()
    {
        var result = await Service.ImportFlowsAsync(IssuerFixtures.Path("SRTY-historical_nav.csv"), new FlowImportOptions());

        Assert.True(result.Succeeded, result.Error);
        var warning = Assert.Single(result.Warnings, w => w.Contains("Assets Under Management", StringComparison.Ordinal));
        Assert.Contains("2 row(s)", warning, StringComparison.Ordinal);
        Assert.Contains("first on line 4", warning, StringComparison.Ordinal);
        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        // 01/10: $82,000,000 ÷ 82.00 = 1,000,000 (the file's 4,000 thousand × 82 would be $328M); 01/11: $84,000,000 ÷ 80.00 = 1,050,000
        Assert.Equal(1_000_000, rows[new DateOnly(2017, 1, 10)].Shares!.Value, 6);
        Assert.Equal(1_050_000, rows[new DateOnly(2017, 1, 11)].Shares!.Value, 6);
        // flows: 01/11 (1,050,000 − 1,000,000) × 80 = 4,000,000; 01/12 (1,050,000 − 1,050,000) × 81 = 0; 01/13 (1,000,000 − 1,050,000) × 80 = −4,000,000
        Assert.Equal(4_000_000, rows[new DateOnly(2017, 1, 11)].NetFlow!.Value, 6);
        Assert.Equal(0, rows[new DateOnly(2017, 1, 12)].NetFlow!.Value, 6);
        Assert.Equal(-4_000_000, rows[new DateOnly(2017, 1, 13)].NetFlow!.Value, 6);
        Assert.Equal(84_000_000, rows[new DateOnly(2017, 1, 11)].Aum);
    }
}
