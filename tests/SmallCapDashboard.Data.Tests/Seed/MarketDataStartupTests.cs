using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Tests.Bundle;
using SmallCapDashboard.Data.Tests.Store;

namespace SmallCapDashboard.Data.Tests.Seed;

public sealed class MarketDataStartupTests
{
    [Fact]
    public void DefaultBundleFolder_BuildOutput_HoldsCopyOfCommittedManifest()
    {
        var copied = Path.Combine(MarketDataOptions.DefaultBundleFolder, "manifest.json");

        Assert.True(File.Exists(copied), copied);
        Assert.Equal(File.ReadAllText(Path.Combine(BundleFiles.Folder, "manifest.json")), File.ReadAllText(copied));
    }

    [Fact]
    public async Task PrepareMarketData_NoSqliteFileYet_CreatesSeedsOnceFromDefaultBundle()
    {
        await using var temp = new TempSqliteDatabase();

        var first = await temp.Services.PrepareMarketDataAsync();
        var second = await temp.Services.PrepareMarketDataAsync();

        Assert.NotNull(first);
        Assert.Null(second);
        await using var db = await temp.Factory.CreateDbContextAsync();
        Assert.Equal(BundleFiles.Rows(BundleFiles.Prices("SPY")).Count, await db.DailyBars.CountAsync(b => b.Instrument!.Symbol == "SPY"));
        Assert.Equal(1, await db.ImportRuns.CountAsync());
    }
}
