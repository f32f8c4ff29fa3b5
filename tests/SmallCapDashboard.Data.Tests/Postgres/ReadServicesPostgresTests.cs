using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Tests.Store;

namespace SmallCapDashboard.Data.Tests.Postgres;

public sealed class ReadServicesPostgresTests : ReadServicesTests
{
    private readonly PostgresTestDatabase _pg = new();

    protected override IServiceProvider Services => _pg.Services;

    public override Task DisposeAsync() => _pg.DisposeAsync();

    protected override async Task PrepareAsync()
    {
        await _pg.InitializeAsync();
        await _pg.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
    }
}
