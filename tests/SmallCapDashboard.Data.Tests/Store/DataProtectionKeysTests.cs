using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Store;

public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task AddMarketDataProtection_TwoInstancesOnOneDatabase_ShareKeysThroughTheTable()
    {
        await using var temp = new TempSqliteDatabase();
        await temp.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);

        string protectedText;
        await using (var first = Instance(temp.Options))
        {
            protectedText = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("circuit state");
        }

        await using (var db = await temp.Factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        }

        await using var second = Instance(temp.Options);
        Assert.Equal("circuit state", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    private static ServiceProvider Instance(MarketDataOptions options)
    {
        var services = new ServiceCollection().AddMarketData(options);
        services.AddMarketDataProtection();
        return services.BuildServiceProvider();
    }
}
