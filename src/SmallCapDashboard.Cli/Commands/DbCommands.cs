using System.CommandLine;
using SmallCapDashboard.Cli.Database;

namespace SmallCapDashboard.Cli.Commands;

/// <summary><c>db migrate</c>: brings the database's schema to this build's migrations (the only command that migrates PostgreSQL).</summary>
internal static class DbCommands
{
    public static Command Create(CliContext context)
    {
        var migrate = new Command("migrate", "Create the database if needed and apply every pending migration (SQLite or PostgreSQL).");
        migrate.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: true, ct);
            var applied = store.Applied;
            await context.Out.WriteLineAsync(applied.Count == 0
                ? $"{store.Description}: schema is up to date."
                : $"{store.Description}: applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return ExitCodes.Success;
        });

        return new Command("db", "Database maintenance.") { migrate };
    }
}
