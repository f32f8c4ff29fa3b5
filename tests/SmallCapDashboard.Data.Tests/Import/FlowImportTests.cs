using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

public sealed class FlowImportSqliteTests(SqliteImportDatabase db) : FlowImportTests(db), IClassFixture<SqliteImportDatabase>;

public sealed class FlowImportPostgresTests(PostgresImportDatabase db) : FlowImportTests(db), IClassFixture<PostgresImportDatabase>;

/// <summary>Flow imports against a real database: the real long-format files, idempotence, real over modelled, overlap.</summary>
public abstract class FlowImportTests(MarketTestDatabase db) : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    protected ImportService Service { get; } = new(db);

    public Task InitializeAsync() => db.ResetAsync();

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ImportFlows_BothLongFiles_StoreCatalogueFundsKeepingMissingValuesMissing()
    {
        var flows = await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_flows.csv"), new FlowImportOptions());
        var shares = await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_shares.csv"), new FlowImportOptions());

        Assert.True(flows.Succeeded, flows.Error);
        Assert.True(shares.Succeeded, shares.Error);
        Assert.Equal(264, flows.RowsWritten);
        Assert.Equal(["DIA", "IWM", "QQQ", "SPY"], flows.Symbols.Order());
        Assert.Contains(flows.Warnings, w => w.Contains("AGG", StringComparison.Ordinal));
        var snapshot = await db.SnapshotAsync();
        Assert.Equal(4, snapshot.Instruments.Count);
        var iwmId = await IdOf("IWM");
        var iwm = snapshot.Flows.Where(f => f.InstrumentId == iwmId).ToDictionary(f => f.Date);
        Assert.Equal(-1_194_440_000, iwm[new DateOnly(2026, 1, 5)].NetFlow);
        // Six blank IWM flows in the file (awk '$3==""'); the shares file has no price on three of those days
        // (2026-04-01..03), so no flow can be derived there either: all six stay missing, never zero.
        Assert.Equal(6, iwm.Values.Count(f => f.NetFlow is null));
        // 2026-03-31 in both files: the reported flow stays, the shares file fills shares, NAV and AUM.
        var day = iwm[new DateOnly(2026, 3, 31)];
        var reported = SharedFiles.Column(SharedFiles.Flows("isaergun_etf_flows.csv"), 2, ",IWM,")[new DateOnly(2026, 3, 31)];
        Assert.Equal(reported, day.NetFlow);
        Assert.Equal(282_800_000, day.Shares);
        Assert.Equal(246.6000061035156, day.Nav);
        Assert.False(day.Modelled);
    }

    [Fact]
    public async Task ImportFlows_SameFileTwice_SecondChangesNothing()
    {
        await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_shares.csv"), new FlowImportOptions());
        var before = await db.SnapshotAsync();

        var again = await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_shares.csv"), new FlowImportOptions());

        var after = await db.SnapshotAsync();
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(0, again.RowsWritten);
        Assert.Equal(before.Flows, after.Flows);
        Assert.Equal(before.Runs.Count + 1, after.Runs.Count);
    }

    [Fact]
    public async Task ImportFlows_RealDayOverModelledDay_ReplacesItAndLeavesOtherModelledDays()
    {
        await using (var context = db.CreateDbContext())
        {
            var iwm = InstrumentCatalogue.Create("IWM");
            context.Instruments.Add(iwm);
            context.FundDays.Add(new FundDay { Instrument = iwm, Date = new DateOnly(2026, 1, 5), NetFlow = 123, Source = "model:v1", Modelled = true });
            context.FundDays.Add(new FundDay { Instrument = iwm, Date = new DateOnly(2025, 12, 31), NetFlow = 456, Source = "model:v1", Modelled = true });
            await context.SaveChangesAsync();
        }

        var result = await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_flows.csv"), new FlowImportOptions { Symbol = "IWM" });

        Assert.True(result.Succeeded, result.Error);
        var rows = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        Assert.Equal(-1_194_440_000, rows[new DateOnly(2026, 1, 5)].NetFlow);
        Assert.False(rows[new DateOnly(2026, 1, 5)].Modelled);
        Assert.Equal("import:long:isaergun_etf_flows.csv", rows[new DateOnly(2026, 1, 5)].Source);
        Assert.True(rows[new DateOnly(2025, 12, 31)].Modelled);
        Assert.Equal(456, rows[new DateOnly(2025, 12, 31)].NetFlow);
        Assert.Contains(result.Warnings, w => w.Contains("modelled day(s) replaced", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportFlows_TickerOutsideCatalogueNamed_CreatesInstrumentOfKindOther()
    {
        var result = await Service.ImportFlowsAsync(SharedFiles.Flows("isaergun_etf_flows.csv"), new FlowImportOptions { Symbol = "AGG" });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(SharedFiles.DataLinesContaining(SharedFiles.Flows("isaergun_etf_flows.csv"), ",AGG,"), result.RowsWritten);
        await using var context = db.CreateDbContext();
        var agg = await context.Instruments.SingleAsync();
        Assert.Equal(("AGG", InstrumentKind.Other), (agg.Symbol, agg.Kind));
    }

    [Fact]
    public async Task ImportFlows_ProSharesThenDisagreeingCopy_RefusedThenAcceptedWithReplace()
    {
        var first = await Service.ImportFlowsAsync(SharedFiles.Fixture("TNA-historical_nav.csv"), new FlowImportOptions());
        Assert.True(first.Succeeded, first.Error);
        var doctored = _dir.Write("TNA-other-vendor.csv", File.ReadAllText(SharedFiles.Fixture("TNA-historical_nav.csv"))
            .Replace(",1200,", ",1300,", StringComparison.Ordinal).Replace(",1230,", ",1330,", StringComparison.Ordinal)
            .Replace("\"1,250.5\"", "1350.5", StringComparison.Ordinal)
            // the AUM column too: rows whose shares × NAV miss the AUM by over 1% get shares from AUM ÷ NAV
            .Replace(",57600000", ",62400000", StringComparison.Ordinal).Replace(",57810000", ",62510000", StringComparison.Ordinal)
            .Replace("$62,525,000.00", "$67,525,000.00", StringComparison.Ordinal));
        var before = await db.SnapshotAsync();

        var refused = await Service.ImportFlowsAsync(doctored, new FlowImportOptions());

        var after = await db.SnapshotAsync();
        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains("TNA-other-vendor.csv", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before.Flows, after.Flows);
        Assert.Equal(ImportStatus.Refused, Assert.Single(after.Runs.Skip(before.Runs.Count)).Status);

        var replaced = await Service.ImportFlowsAsync(doctored, new FlowImportOptions { Replace = true });

        Assert.True(replaced.Succeeded, replaced.Error);
        var tna = (await db.SnapshotAsync()).Flows.ToDictionary(f => f.Date);
        Assert.Equal(1_300_000, tna[new DateOnly(2017, 8, 16)].Shares);
        await using var context = db.CreateDbContext();
        Assert.Equal(InstrumentKind.LeveragedEtf, (await context.Instruments.SingleAsync()).Kind);
    }

    private async Task<int> IdOf(string symbol)
    {
        await using var context = db.CreateDbContext();
        return await context.Instruments.Where(i => i.Symbol == symbol).Select(i => i.Id).SingleAsync();
    }
}
