using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// "Another process" writing into a store a web app reads: its own DI container (its own <c>DataVersion</c>, context
/// factory and connection pool) over the same database, writing through the real <see cref="ImportService"/> as
/// <c>smallcap import</c> does. Nothing it does is announced to the app under test.
/// </summary>
public sealed class OtherProcess(MarketDataProvider provider, string connectionString) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddMarketData(new MarketDataOptions { Provider = provider, ConnectionString = connectionString })
        .BuildServiceProvider();

    /// <summary>The container's context factory.</summary>
    public IDbContextFactory<MarketDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<MarketDbContext>>();

    /// <summary>Imports a Yahoo CSV (<c>Date,Open,High,Low,Close,Adj Close,Volume</c>) for <paramref name="symbol"/>; throws when refused.</summary>
    public async Task ImportYahooAsync(string symbol, params string[] rows)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{symbol}-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["Date,Open,High,Low,Close,Adj Close,Volume", .. rows]);
        try
        {
            var result = await _services.GetRequiredService<ImportService>()
                .ImportBarsAsync(file, new BarImportOptions { Symbol = symbol, Format = BarFormat.Yahoo });
            Assert.True(result.Succeeded, result.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
