using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Postgres;

/// <summary>Two web instances (two service providers, two connection pools) saving the same short link at once.</summary>
public sealed class SavedViewStorePostgresTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _pg = new();
    private ServiceProvider? _second;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        await _pg.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        _second = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Postgres, ConnectionString = _pg.ConnectionString })
            .BuildServiceProvider(validateScopes: true);
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task SaveAsync_SamePath16TimesAcrossTwoPostgresInstances_OneIdOneRowNoError()
    {
        const string path = "/spread?small=IWM&large=SPY&range=5y";
        var a = _pg.Get<ISavedViewStore>();
        var b = _second!.GetRequiredService<ISavedViewStore>();
        var ids = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).SaveAsync(path))));

        Assert.Single(ids.Distinct());
        Assert.Equal(SavedViewStore.IdFor(path), ids[0]);
        await using var db = await _pg.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.SavedViews.CountAsync(v => v.Query == path));
        Assert.Equal(path, await b.FindAsync(ids[0]));
    }
}
