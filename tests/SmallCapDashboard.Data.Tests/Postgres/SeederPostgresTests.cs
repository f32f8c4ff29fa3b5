using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Tests.Seed;

namespace SmallCapDashboard.Data.Tests.Postgres;

public sealed class SeederPostgresTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _pg = new();

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        await _pg.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
    }

    public Task DisposeAsync() => _pg.DisposeAsync();

    [Fact]
    public async Task Seed_Postgres_LoadsBundleOnceAndSecondSeedChangesNothing()
    {
        var first = await SeederScenario.SeedAsync(_pg.Services);
        await SeederScenario.AssertBundleLoadedAsync(_pg.Factory);
        var before = await SeederScenario.SnapshotAsync(_pg.Factory);

        var second = await SeederScenario.SeedAsync(_pg.Services);

        Assert.True(first.ChangedAnything);
        Assert.False(second.ChangedAnything);
        Assert.Equal(before, await SeederScenario.SnapshotAsync(_pg.Factory));
    }

    [Fact]
    public async Task Seed_Postgres_ModelledRowOnRealFlowDay_RealRowReplacesIt()
    {
        await SeederScenario.SeedAsync(_pg.Services);
        await SeederScenario.ReplaceRealWithModelledAsync(_pg.Factory);

        var result = await SeederScenario.SeedAsync(_pg.Services);

        Assert.Equal(1, result.ReplacedModelledDays);
        var row = await SeederScenario.Iwm0105Async(_pg.Factory);
        Assert.Equal((false, -1194440000.0), (row.Modelled, row.NetFlow));
    }
}
