using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Tests.Store;

namespace SmallCapDashboard.Data.Tests.Seed;

public sealed class SeederTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _db = new();

    public async Task InitializeAsync() => await _db.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Seed_EmptySqliteDatabase_LoadsEveryBundledBarRealAndModelledFlow()
    {
        var result = await SeederScenario.SeedAsync(_db.Services);

        Assert.Equal(12, result.Instruments);
        await SeederScenario.AssertBundleLoadedAsync(_db.Factory);
    }

    [Fact]
    public async Task Seed_AlreadySeeded_ChangesNothing()
    {
        await SeederScenario.SeedAsync(_db.Services);
        var before = await SeederScenario.SnapshotAsync(_db.Factory);

        var second = await SeederScenario.SeedAsync(_db.Services);

        Assert.False(second.ChangedAnything);
        Assert.Equal(before, await SeederScenario.SnapshotAsync(_db.Factory));
        Assert.Equal(1, before.Runs);
    }

    [Fact]
    public async Task Seed_ModelledRowOnRealFlowDay_RealRowReplacesIt()
    {
        await SeederScenario.SeedAsync(_db.Services);
        await SeederScenario.ReplaceRealWithModelledAsync(_db.Factory);

        var result = await SeederScenario.SeedAsync(_db.Services);

        Assert.Equal((1, 1), (result.ReplacedModelledDays, result.RealFundDays));
        var row = await SeederScenario.Iwm0105Async(_db.Factory);
        Assert.Equal((false, -1194440000.0), (row.Modelled, row.NetFlow));
    }
}
