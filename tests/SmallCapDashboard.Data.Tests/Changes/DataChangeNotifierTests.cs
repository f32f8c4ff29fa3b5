using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Changes;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Changes;

/// <summary>Every committed import tells the listeners once, with the version it produced; a refusal tells nobody.</summary>
public sealed class DataChangeNotifierTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smallcap-notify-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Recorder _recorder = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var options = new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(_folder, "s.db") };
        _services = new ServiceCollection()
            .AddSingleton<IDataChangeListener>(_recorder)
            .AddSingleton<IDataChangeListener, Throwing>()
            .AddMarketData(options)
            .BuildServiceProvider();
        await _services.GetRequiredService<SmallCapDashboard.Data.Store.MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ImportBars_Committed_ListenerToldOnceWithRunIdAndSymbol_VersionMovesAtOnce()
    {
        var file = Path.Combine(_folder, "AAA.csv");
        await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,11,9,10.5,10.5,100\n");
        var version = _services.GetRequiredService<DataVersion>();
        var before = await version.CurrentAsync();

        var result = await _services.GetRequiredService<ImportService>().ImportBarsAsync(file, new BarImportOptions());

        Assert.True(result.Succeeded, result.Error);
        var change = Assert.Single(_recorder.Changes);
        Assert.Equal((DataChangeKind.Import, (long)result.ImportRunId), (change.Kind, change.Version));
        Assert.Equal(["AAA"], change.Symbols);
        Assert.True(before < result.ImportRunId);
        Assert.Equal(result.ImportRunId, await version.CurrentAsync());
    }

    [Fact]
    public async Task ImportBars_Refused_NobodyTold()
    {
        var file = Path.Combine(_folder, "BBB.csv");
        await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,11,9,abc,10.5,100\n");

        var result = await _services.GetRequiredService<ImportService>().ImportBarsAsync(file, new BarImportOptions());

        Assert.False(result.Succeeded);
        Assert.Empty(_recorder.Changes);
    }

    private sealed class Recorder : IDataChangeListener
    {
        public List<DataChange> Changes { get; } = [];

        public Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken)
        {
            Changes.Add(change);
            return Task.CompletedTask;
        }
    }

    private sealed class Throwing : IDataChangeListener
    {
        public Task OnDataChangedAsync(DataChange change, CancellationToken cancellationToken) => throw new InvalidOperationException("listener bug");
    }
}
