using System.CommandLine;
using Spectre.Console;

namespace SmallCapDashboard.Cli;

/// <summary>
/// What one invocation writes to and reads from: stdout for results (CSV stays clean there),
/// stderr for progress and messages, and the environment for database configuration.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, TextReader? input = null)
    {
        In = input ?? Console.In;
        Out = output;
        Err = error;
        Environment = environment;
        Progress = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Detect,
            // Live progress only when stderr is the real console and a terminal (never into files, pipes or tests).
            Interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    /// <summary>Standard input: secrets such as <c>user add</c>'s password (never an argument, so never in shell history).</summary>
    public TextReader In { get; }

    /// <summary>Standard output: results only.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: progress, warnings and the one-line failure reason.</summary>
    public TextWriter Err { get; }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>A Spectre.Console console over stderr for progress displays.</summary>
    public IAnsiConsole Progress { get; }

    /// <summary>
    /// <c>--db</c>, accepted by every command: a SQLite file path, or a PostgreSQL connection string
    /// (a value containing <c>Host=</c> or <c>Server=</c>). Overrides <c>ConnectionStrings__Market</c>.
    /// </summary>
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite file path or PostgreSQL connection string (Host=...). Default: ConnectionStrings__Market + Database__Provider, else the web app's SQLite file.",
        HelpName = "path|connection-string",
        Recursive = true,
    };
}
