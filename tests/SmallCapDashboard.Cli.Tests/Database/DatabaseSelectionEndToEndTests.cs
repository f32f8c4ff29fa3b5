using SmallCapDashboard.Cli.Tests.Harness;

namespace SmallCapDashboard.Cli.Tests.Database;

/// <summary>Which database a command opens, and that SQLite files are created and migrated on first use.</summary>
public sealed class DatabaseSelectionEndToEndTests : IAsyncLifetime
{
    private readonly TempDatabase db = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    [Fact]
    public async Task Status_SqliteFileThatDoesNotExist_CreatesAndMigratesIt()
    {
        var path = db.FileBeside(Path.Combine("nested", "new.db"));

        var run = (await CliRun.RunAsync("status", "--db", path)).ShouldSucceed();

        Assert.True(File.Exists(path), "status should have created the SQLite file");
        Assert.Contains("No instruments stored", run.Out, StringComparison.Ordinal);
        var migrate = (await CliRun.RunAsync("db", "migrate", "--db", path)).ShouldSucceed();
        Assert.Contains("up to date", migrate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_EmptyNewDatabase_UnknownSymbolSuggestsSeed()
    {
        var run = await CliRun.RunAsync("export", "bars", "--symbol", "IWM", "--db", db.FileBeside("empty.db"));

        var line = run.ShouldFailWithOneLine();
        Assert.Contains("'IWM'", line, StringComparison.Ordinal);
        Assert.Contains("smallcap seed", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NoDbOption_UsesConnectionStringsMarketFromEnvironment()
    {
        var path = db.FileBeside("from-env.db");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Market"] = path,
            ["Database__Provider"] = "Sqlite",
        };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Cli.RunAsync(["status"], output, error, name => environment.GetValueOrDefault(name));

        Assert.True(code == 0, error.ToString());
        Assert.True(File.Exists(path), "the command should have opened the file named by ConnectionStrings__Market");
        Assert.Contains(path, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_UnreachableServer_OneLineNamingIt()
    {
        // Port 1 on loopback: nothing listens there; the command must fail with one line, not a stack trace.
        var run = await CliRun.RunAsync("db", "migrate", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=u;Timeout=2");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("127.0.0.1", line, StringComparison.Ordinal);
    }
}
