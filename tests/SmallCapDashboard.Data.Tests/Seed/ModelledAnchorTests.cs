using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Tests.Store;

namespace SmallCapDashboard.Data.Tests.Seed;

/// <summary>
/// Modelled flows anchored to the real fund sizes of 2025-12-26
/// (../shared/data/flows/miguel-merlin_yfinance_info_snapshot_20251226.csv, totalAssets and navPrice).
/// </summary>
public sealed class ModelledAnchorTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _db = new();

    public async Task InitializeAsync()
    {
        await _db.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);
        await SeederScenario.SeedAsync(_db.Services);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Seed_Iwm_ModelledSharesOnLastSessionAreTheSnapshotsAumOverNav()
    {
        var last = await DayAsync("IWM", new DateOnly(2025, 12, 24));

        // 72,480,931,840 ÷ 253.76163 = 285,626,049.3 shares (snapshot row of IWM)
        Assert.True(last.Modelled);
        Assert.Equal(72_480_931_840 / 253.76163, last.SharesOutstanding!.Value, 3);
        // AUM = those shares × the bundled close of 2025-12-24 (252.71): within 0.5% of the real $72.48bn
        Assert.Equal(72_480_931_840 / 253.76163 * 252.71, last.Aum!.Value, 1);
        Assert.InRange(last.Aum.Value / 72_480_931_840, 0.995, 1.0);
    }

    [Fact]
    public async Task Seed_IwmSeamOn20260102_PercentOfAumNoLongerASpike()
    {
        var modelled = await DayAsync("IWM", new DateOnly(2025, 12, 24));
        var real = await DayAsync("IWM", new DateOnly(2026, 1, 2));

        var percent = FlowMath.PercentOfAum([modelled.NetFlow, real.NetFlow], [modelled.Aum, real.Aum])[1]!.Value;

        // −110,800,000 ÷ (285,626,049.3 × 252.71 = 72,180,558,917) = −0.1535% (was −7.85% against a $1.41bn model)
        Assert.False(real.Modelled);
        Assert.Equal(-110_800_000 / (72_480_931_840 / 253.76163 * 252.71) * 100, percent, 9);
        Assert.InRange(percent, -0.16, -0.15);
    }

    [Fact]
    public async Task Seed_DiaWithoutSnapshotRow_KeepsTheModelsGenericSize()
    {
        var first = await DayAsync("DIA", new DateOnly(1998, 1, 20));

        Assert.Equal(new ModelledFlowOptions().InitialAum, first.Aum!.Value, 3);
    }

    [Fact]
    public async Task Seed_EveryAnchoredFund_FlowFractionsUnchangedByTheScale()
    {
        // flow(t) / AUM(t−1) is the model's fraction; scaling shares, flows and AUM by one factor keeps it: check it stays
        // within the model's cap on every TNA day.
        await using var context = await _db.Factory.CreateDbContextAsync();
        var days = await context.FundDays.AsNoTracking().Where(d => d.Instrument!.Symbol == "TNA" && d.Modelled)
            .OrderBy(d => d.Date).Select(d => new { d.NetFlow, d.Aum }).ToListAsync();
        var cap = new ModelledFlowOptions().MaxDailyFraction;
        for (var i = 1; i < days.Count; i++)
        {
            Assert.True(Math.Abs(days[i].NetFlow!.Value / days[i - 1].Aum!.Value) <= cap * (1 + 1e-9), $"day {i}");
        }
    }

    private async Task<Entities.FundDay> DayAsync(string symbol, DateOnly date)
    {
        await using var context = await _db.Factory.CreateDbContextAsync();
        return await context.FundDays.AsNoTracking().SingleAsync(d => d.Instrument!.Symbol == symbol && d.Date == date);
    }
}
