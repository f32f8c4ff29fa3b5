using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Store;

public sealed class MarketDatabaseErrorTests
{
    [Fact]
    public async Task EnsureReady_PostgresServerNotListening_UnavailableNamingHostWithoutPassword()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var options = MarketDataOptions.FromDbArgument("Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Password=secret;Timeout=3");
        await using var services = new ServiceCollection().AddMarketData(options).BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<MarketDatabaseUnavailableException>(
            () => services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: false));

        Assert.Contains("PostgreSQL 127.0.0.1:1/nowhere", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
