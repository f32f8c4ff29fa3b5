using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Postgres;

public sealed class PostgresMigrationTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _pg = new();

    public Task InitializeAsync() => _pg.InitializeAsync();

    public Task DisposeAsync() => _pg.DisposeAsync();

    [Fact]
    public async Task EnsureReady_Postgres_EmptyDatabaseWithoutMigrate_RefusesNamingTheCommand()
    {
        var ex = await Assert.ThrowsAsync<SchemaOutOfDateException>(
            () => _pg.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false));

        Assert.Contains("out of date", ex.Message, StringComparison.Ordinal);
        Assert.Contains("smallcap db migrate", ex.Message, StringComparison.Ordinal);
        Assert.NotEmpty(ex.PendingMigrations);
    }

    [Fact]
    public async Task EnsureReady_Postgres_AllowMigrate_AppliesEveryMigrationAndStoresRows()
    {
        var database = _pg.Get<MarketDatabase>();

        var applied = await database.EnsureReadyAsync(allowMigrate: true);

        Assert.NotEmpty(applied);
        Assert.Empty(await database.GetPendingMigrationsAsync());
        await using var db = await _pg.Factory.CreateDbContextAsync();
        Assert.IsType<PostgresMarketDbContext>(db);
        db.Instruments.Add(new Instrument { Symbol = "^RUT", Kind = InstrumentKind.Index, SizeGroup = SizeGroup.Small });
        await db.SaveChangesAsync();
        Assert.Equal(InstrumentKind.Index, (await db.Instruments.AsNoTracking().SingleAsync()).Kind);
    }

    [Fact]
    public async Task EnsureReady_Postgres_MigratedThenHistoryRowRemoved_RefusesWithoutMigrate()
    {
        var database = _pg.Get<MarketDatabase>();
        var applied = await database.EnsureReadyAsync(allowMigrate: true);
        await database.EnsureReadyAsync(allowMigrate: false);
        await _pg.ExecuteAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{applied[^1]}'");

        var ex = await Assert.ThrowsAsync<SchemaOutOfDateException>(() => database.EnsureReadyAsync(allowMigrate: false));

        Assert.Equal([applied[^1]], ex.PendingMigrations);
    }
}
