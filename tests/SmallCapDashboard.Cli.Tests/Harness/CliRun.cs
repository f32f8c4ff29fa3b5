namespace SmallCapDashboard.Cli.Tests.Harness;

/// <summary>The outcome of one in-process invocation of the <c>smallcap</c> command.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Err)
{
    /// <summary>Runs <c>smallcap ARGS</c> in-process, capturing stdout, stderr and the exit code.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error, NoEnvironment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The non-empty lines written to stderr.</summary>
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Fails with the captured output unless the command exited 0.</summary>
    public CliRun ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}; stderr: {Err}");
        return this;
    }

    /// <summary>Asserts a non-zero exit with exactly one line on stderr, and returns that line.</summary>
    public string ShouldFailWithOneLine()
    {
        Assert.NotEqual(0, ExitCode);
        var line = Assert.Single(ErrLines);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>The tests never read configuration from the machine's environment.</summary>
    private static string? NoEnvironment(string name) => null;
}
