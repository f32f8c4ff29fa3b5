using Microsoft.Data.Sqlite;

namespace SmallCapDashboard.Cli.Database;

/// <summary>Opens the database a command works on.</summary>
internal static class CliDatabase
{
    /// <summary>Closes pooled SQLite connections so the database file is released when a command ends.</summary>
    public static void ReleaseFiles() => SqliteConnection.ClearAllPools();
}
