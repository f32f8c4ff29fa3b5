using System.CommandLine;
using System.Data.Common;
using SmallCapDashboard.Cli.Commands;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Cli;

/// <summary>
/// The <c>smallcap</c> command. <see cref="RunAsync(string[], TextWriter, TextWriter)"/> is the whole
/// program: <c>Program.cs</c> only forwards the console to it, and tests call it in-process.
/// Exit code 0 on success; on failure exactly one line on stderr naming what was wrong.
/// </summary>
public static class Cli
{
    /// <summary>Runs one command line, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, Environment.GetEnvironmentVariable, cancellationToken);

    /// <summary>As <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>, reading configuration from <paramref name="environment"/>.</summary>
    internal static Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, output, error, environment, cancellationToken);

    /// <summary>As above, reading standard input from <paramref name="input"/> (tests).</summary>
    internal static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, environment, input);
        var root = BuildRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var messages = parsed.Errors.Select(e => OneLine(e.Message)).Distinct();
            await error.WriteLineAsync($"smallcap: {string.Join(' ', messages)} (see 'smallcap --help')");
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync($"smallcap: {Describe(ex)}");
            return ExitCodes.Failure;
        }
        finally
        {
            Database.CliDatabase.ReleaseFiles();
        }
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("smallcap: migrate, seed, import and export the SmallCap Dashboard market store.");
        root.Options.Add(context.Db);
        root.Subcommands.Add(DbCommands.Create(context));
        root.Subcommands.Add(SeedCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(ImportCommands.Create(context));
        root.Subcommands.Add(ExportCommands.Create(context));
        root.Subcommands.Add(SyncCommand.Create(context));
        root.Subcommands.Add(UserCommands.Create(context));
        root.Subcommands.Add(AlertsCommands.Create(context));
        return root;
    }

    /// <summary>Collapses a message to one line.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The one line a failure prints: the message of an error meant for users, else the database error or the type.</summary>
    private static string Describe(Exception ex)
    {
        switch (ex)
        {
            case CliException or ImportException or InvalidDataException or SchemaOutOfDateException or MarketDatabaseUnavailableException:
                return OneLine(ex.Message);
            case OperationCanceledException:
                return "cancelled; the command stopped before finishing (an import in progress was rolled back).";
        }

        // EF Core and the runtime wrap the real cause; a database error anywhere in the chain is the one to show.
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbException)
            {
                return $"database error: {OneLine(inner.Message)}";
            }
        }

        return $"{OneLine(ex.Message)} ({ex.GetType().Name})";
    }
}
