using SmallCapDashboard.Cli.Tests.Harness;

namespace SmallCapDashboard.Cli.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Run_UnknownCommand_ExitsWithUsageCodeAndOneLine()
    {
        var run = await CliRun.RunAsync("frobnicate");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingRequiredOption_NamesTheOption()
    {
        var run = await CliRun.RunAsync("export", "bars", "--from", "2020-01-01");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--symbol", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_ListsCommandsOnStdout()
    {
        var run = await CliRun.RunAsync("--help");

        run.ShouldSucceed();
        Assert.Contains("sync", run.Out, StringComparison.Ordinal);
        Assert.Contains("--db", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Err);
    }
}
