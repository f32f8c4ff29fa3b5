using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Store;

public sealed class ReadServicesSqliteTests : ReadServicesTests
{
    private readonly TempSqliteDatabase _db = new();

    protected override IServiceProvider Services => _db.Services;

    public override async Task DisposeAsync() => await _db.DisposeAsync();

    protected override async Task PrepareAsync() => await _db.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);
}
