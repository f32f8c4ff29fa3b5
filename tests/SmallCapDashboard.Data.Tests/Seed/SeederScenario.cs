using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Tests.Bundle;

namespace SmallCapDashboard.Data.Tests.Seed;

/// <summary>Seeding checks shared by the SQLite and PostgreSQL test classes; expected counts come from the bundle files.</summary>
internal static class SeederScenario
{
    public static async Task<SeedResult> SeedAsync(IServiceProvider services) =>
        await ((Seeder)services.GetService(typeof(Seeder))!).SeedAsync(BundleFiles.Folder, progress: null);

    public static async Task AssertBundleLoadedAsync(IDbContextFactory<MarketDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var symbols = new[] { "IWM", "IJR", "SPY", "DIA", "QQQ", "TNA", "TZA", "RWM", "TWM", "SRTY", "^RUT", "^GSPC" };
        Assert.Equal(symbols.Order(StringComparer.Ordinal), (await db.Instruments.Select(i => i.Symbol).ToListAsync()).Order(StringComparer.Ordinal));

        var realRows = BundleFiles.Rows(BundleFiles.RealFlows);
        foreach (var symbol in symbols)
        {
            var fileBars = BundleFiles.Rows(BundleFiles.Prices(symbol)).Count;
            var id = await db.Instruments.Where(i => i.Symbol == symbol).Select(i => i.Id).SingleAsync();
            Assert.Equal(fileBars, await db.DailyBars.CountAsync(b => b.InstrumentId == id));
            var modelled = await db.FundDays.CountAsync(d => d.InstrumentId == id && d.Modelled);
            var real = await db.FundDays.CountAsync(d => d.InstrumentId == id && !d.Modelled);
            var isIndex = symbol.StartsWith('^');
            Assert.Equal(isIndex ? 0 : fileBars, modelled);
            Assert.Equal(realRows.Count(r => r[1] == symbol), real);
        }

        var iwm = await db.FundDays.AsNoTracking().Where(d => d.Instrument!.Symbol == "IWM" && d.Date == new DateOnly(2026, 1, 5)).SingleAsync();
        Assert.Equal((false, "isaergun/etf-flows-data", -1194440000.0), (iwm.Modelled, iwm.Source, iwm.NetFlow!.Value));
        var modelledDay = await db.FundDays.AsNoTracking().Where(d => d.Instrument!.Symbol == "TNA" && d.Date == new DateOnly(2017, 8, 1)).SingleAsync();
        Assert.True(modelledDay.Modelled);
        Assert.Equal("model:v1 (seed 1)", modelledDay.Source);
        var bar = await db.DailyBars.AsNoTracking().Where(b => b.Instrument!.Symbol == "IWM" && b.Date == new DateOnly(2017, 8, 1)).SingleAsync();
        Assert.Equal(141.78, bar.Close, 1e-9);
        Assert.Equal("bundle:yfinance", bar.Source);
    }

    public static async Task<(int Bars, int Days, int Runs, double FlowSum)> SnapshotAsync(IDbContextFactory<MarketDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var flows = await db.FundDays.Where(d => d.NetFlow != null).Select(d => d.NetFlow!.Value).ToListAsync();
        return (await db.DailyBars.CountAsync(), await db.FundDays.CountAsync(), await db.ImportRuns.CountAsync(), flows.Sum());
    }

    /// <summary>Turns the real IWM row of 2026-01-05 into a modelled one, as if the model had filled that day first.</summary>
    public static async Task ReplaceRealWithModelledAsync(IDbContextFactory<MarketDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var row = await db.FundDays.Where(d => d.Instrument!.Symbol == "IWM" && d.Date == new DateOnly(2026, 1, 5)).SingleAsync();
        row.Modelled = true;
        row.Source = "model:v1 (seed 1)";
        row.NetFlow = 123.0;
        await db.SaveChangesAsync();
    }

    public static async Task<FundDay> Iwm0105Async(IDbContextFactory<MarketDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.FundDays.AsNoTracking().Where(d => d.Instrument!.Symbol == "IWM" && d.Date == new DateOnly(2026, 1, 5)).SingleAsync();
    }
}
