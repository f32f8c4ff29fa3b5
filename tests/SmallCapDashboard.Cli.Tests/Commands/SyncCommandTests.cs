using SmallCapDashboard.Cli.Tests.Harness;

namespace SmallCapDashboard.Cli.Tests.Commands;

public sealed class SyncCommandTests
{
    [Fact]
    public async Task Sync_Offline_FailsWithOneLineNamingTheProvider()
    {
        var run = await CliRun.RunAsync("sync", "--provider", "yahoo", "--symbols", "IWM,SPY");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("yahoo", line, StringComparison.Ordinal);
        Assert.Contains("IWM,SPY", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Sync_UnknownProvider_NamesTheOption()
    {
        var run = await CliRun.RunAsync("sync", "--provider", "bloomberg", "--symbols", "IWM");

        var line = run.ShouldFailWithOneLine();
        Assert.Contains("--provider", line, StringComparison.Ordinal);
        Assert.Contains("bloomberg", line, StringComparison.Ordinal);
    }
}
