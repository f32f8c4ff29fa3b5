using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Data.Tests.Store;

/// <summary>
/// The read services over a small hand-made dataset, run on a real SQLite file (<see cref="ReadServicesSqliteTests"/>)
/// and a real PostgreSQL database (<c>ReadServicesPostgresTests</c>).
/// </summary>
public abstract class ReadServicesTests : IAsyncLifetime
{
    private static readonly DateOnly D2 = new(2024, 1, 2);
    private static readonly DateOnly D3 = new(2024, 1, 3);
    private static readonly DateOnly D4 = new(2024, 1, 4);

    protected abstract IServiceProvider Services { get; }

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        var factory = Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MarketDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var aaa = new Instrument { Symbol = "AAA", Name = "Alpha small", Kind = InstrumentKind.Etf, SizeGroup = SizeGroup.Small, Benchmark = "^RUT" };
        var bbb = new Instrument { Symbol = "BBB", Name = "Beta large", Kind = InstrumentKind.LeveragedEtf, Leverage = -3, SizeGroup = SizeGroup.Large };
        db.Instruments.AddRange(bbb, aaa);
        await db.SaveChangesAsync();

        // Inserted out of date order on purpose.
        db.DailyBars.AddRange(
            new DailyBar { InstrumentId = aaa.Id, Date = D4, Open = 11, High = 11.5, Low = 10.5, Close = 11, Volume = 300, TotalReturnFactor = 1.02, Source = "bundle:yfinance" },
            new DailyBar { InstrumentId = aaa.Id, Date = D2, Open = 10, High = 11, Low = 9, Close = 10, Volume = 100, TotalReturnFactor = 1.0, Source = "bundle:yfinance" },
            new DailyBar { InstrumentId = aaa.Id, Date = D3, Open = 10, High = 12, Low = 10, Close = 11, Volume = 200, TotalReturnFactor = 1.0, Source = "import:yahoo:AAA.csv" });
        db.FundDays.AddRange(
            new FundDay { InstrumentId = aaa.Id, Date = D2, SharesOutstanding = 1000, Nav = 10, NetFlow = null, Source = "issuer", Modelled = false },
            new FundDay { InstrumentId = aaa.Id, Date = D3, NetFlow = 500, Source = "model:v1 (seed 1)", Modelled = true },
            new FundDay { InstrumentId = aaa.Id, Date = D4, NetFlow = -200, Source = "issuer", Modelled = false });
        db.ImportRuns.AddRange(
            new ImportRun { Kind = "bars", File = "old.csv", Status = ImportStatus.Succeeded, StartedUtc = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc) },
            new ImportRun { Kind = "flows", File = "new.csv", Status = ImportStatus.Refused, Message = "new.csv, line 3, field NAV: not a number", StartedUtc = new DateTime(2026, 1, 2, 9, 0, 0, DateTimeKind.Utc) });
        await db.SaveChangesAsync();
    }

    public abstract Task DisposeAsync();

    [Fact]
    public async Task CatalogList_TwoInstruments_OrderedBySymbolWithMetadata()
    {
        var list = await Services.GetRequiredService<InstrumentCatalog>().ListAsync();

        Assert.Equal(["AAA", "BBB"], list.Select(i => i.Symbol));
        Assert.Equal(-3, list[1].Leverage);
        Assert.Equal(SizeGroup.Large, list[1].SizeGroup);
        Assert.Equal("^RUT", list[0].Benchmark);
    }

    [Fact]
    public async Task CatalogFind_LowerCaseSymbol_FindsInstrument()
    {
        var found = await Services.GetRequiredService<InstrumentCatalog>().FindAsync("aaa");

        Assert.Equal("Alpha small", found?.Name);
    }

    [Fact]
    public async Task BarRead_PriceBasis_AscendingStoredValues()
    {
        var bars = await Services.GetRequiredService<BarReader>().ReadAsync("AAA");

        Assert.NotNull(bars);
        Assert.Equal([D2, D3, D4], bars.Dates);
        Assert.Equal([10.0, 11.0, 11.0], bars.Close);
        Assert.Equal([100.0, 200.0, 300.0], bars.Volume);
        Assert.Equal(D4, bars.LastDate);
    }

    [Fact]
    public async Task BarRead_TotalBasis_AnchoredAtLastBar()
    {
        var bars = await Services.GetRequiredService<BarReader>().ReadAsync("AAA", PriceBasis.Total);

        Assert.NotNull(bars);
        // Anchor: 2024-01-04 (factor 1.02) keeps its traded prices; earlier bars are lowered by the distribution since:
        // 2024-01-02 close 10 × 1.0 / 1.02, high 11 × 1.0 / 1.02. Volume unchanged.
        Assert.Equal(11.0, bars.Close[2]);
        Assert.Equal(11.5, bars.High[2]);
        Assert.Equal(300.0, bars.Volume[2]);
        Assert.Equal(10.0 / 1.02, bars.Close[0], 12);
        Assert.Equal(11.0 / 1.02, bars.High[0], 12);
    }

    [Fact]
    public async Task BarRead_TotalBasisAsOfEarlierDay_ThatDayKeepsItsTradedClose()
    {
        var bars = await Services.GetRequiredService<BarReader>().ReadAsync("AAA", PriceBasis.Total, asOf: D3);

        // Anchor 2024-01-03 (factor 1.0): its close is the traded 11; the later bar rises by the dividend: 11 × 1.02.
        Assert.Equal(11.0, bars!.Close[1]);
        Assert.Equal(10.0, bars.Close[0]);
        Assert.Equal(11.0 * 1.02, bars.Close[2], 12);
    }

    [Fact]
    public async Task BarRead_Window_OnlyDatesInside()
    {
        var bars = await Services.GetRequiredService<BarReader>().ReadAsync("AAA", from: D3, to: D3);

        Assert.Equal([D3], bars!.Dates);
    }

    [Fact]
    public async Task BarRead_UnknownSymbol_Null()
    {
        Assert.Null(await Services.GetRequiredService<BarReader>().ReadAsync("ZZZ"));
    }

    [Fact]
    public async Task BarLastDate_SymbolWithoutBars_Null()
    {
        var reader = Services.GetRequiredService<BarReader>();

        Assert.Null(await reader.LastDateAsync("BBB"));
        Assert.Equal(D4, await reader.LastDateAsync("AAA"));
    }

    [Fact]
    public async Task FundDayRead_HideModelled_OnlyRealRowsAndMissingStaysNull()
    {
        var days = await Services.GetRequiredService<FundDayReader>().ReadAsync("AAA", includeModelled: false);

        Assert.NotNull(days);
        Assert.Equal([D2, D4], days.Dates);
        Assert.Null(days.NetFlow[0]);
        Assert.Equal(-200.0, days.NetFlow[1]);
        Assert.False(days.AnyModelled);
    }

    [Fact]
    public async Task FundDayRead_WithModelled_MarksModelledRow()
    {
        var days = await Services.GetRequiredService<FundDayReader>().ReadAsync("AAA");

        Assert.Equal([false, true, false], days!.Modelled);
        Assert.Equal("model:v1 (seed 1)", days.Source[1]);
    }

    [Fact]
    public async Task Coverage_HandMadeData_CountsDatesSourcesAndRecentImports()
    {
        var summary = await Services.GetRequiredService<CoverageReport>().BuildAsync();

        var aaa = summary.Symbols[0];
        Assert.Equal(("AAA", D2, D4, 3), (aaa.Symbol, aaa.FirstBar, aaa.LastBar, aaa.BarCount));
        Assert.Equal(["bundle:yfinance", "import:yahoo:AAA.csv"], aaa.BarSources);
        Assert.Equal((2, 1), (aaa.RealFundDays, aaa.ModelledFundDays));
        Assert.Equal((D2, D4), (aaa.FirstFundDay, aaa.LastFundDay));
        Assert.Equal(["issuer", "model:v1 (seed 1)"], aaa.FundDaySources);
        var bbb = summary.Symbols[1];
        Assert.Equal((0, (DateOnly?)null, 0), (bbb.BarCount, bbb.LastBar, bbb.RealFundDays));
        Assert.Equal(["new.csv", "old.csv"], summary.RecentImports.Select(r => r.File));
        Assert.Equal(ImportStatus.Refused, summary.RecentImports[0].Status);
    }

    [Fact]
    public async Task DataVersion_NewImportRunRecorded_StampGrows()
    {
        var version = Services.GetRequiredService<DataVersion>();
        var before = await version.ReadAsync();
        await AddImportRunAsync("later.csv");

        var after = await version.ReadAsync();

        Assert.True(before > 0);
        Assert.True(after > before);
    }

    [Fact]
    public async Task DataVersion_WriteByAnotherProcess_SeenOnceMaxAgeHasPassed()
    {
        var clock = new ManualClock();
        var version = new DataVersion(Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MarketDbContext>>(), clock);
        var first = await version.CurrentAsync();
        await AddImportRunAsync("other-process.csv");

        var withinMaxAge = await version.CurrentAsync();
        clock.Advance(DataVersion.MaxAge + TimeSpan.FromMilliseconds(1));
        var afterMaxAge = await version.CurrentAsync();

        Assert.Equal(first, withinMaxAge);
        Assert.True(afterMaxAge > first);
    }

    [Fact]
    public async Task DataVersion_WriteInThisProcess_SeenAtOnce()
    {
        var clock = new ManualClock();
        var version = new DataVersion(Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MarketDbContext>>(), clock);
        var first = await version.CurrentAsync();

        version.Observe(first + 5);

        Assert.Equal(first + 5, await version.CurrentAsync());
    }

    private async Task AddImportRunAsync(string file)
    {
        var factory = Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MarketDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.ImportRuns.Add(new ImportRun { Kind = "bars", File = file, StartedUtc = new DateTime(2026, 1, 3, 9, 0, 0, DateTimeKind.Utc) });
        await db.SaveChangesAsync();
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    protected abstract Task PrepareAsync();
}
