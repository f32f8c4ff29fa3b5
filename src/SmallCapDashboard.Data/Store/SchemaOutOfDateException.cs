namespace SmallCapDashboard.Data.Store;

/// <summary>
/// Thrown when a PostgreSQL database lacks migrations this build needs and migrating was not asked for.
/// The message says which migrations are missing and to run <c>smallcap db migrate</c>.
/// </summary>
public sealed class SchemaOutOfDateException : Exception
{
    public SchemaOutOfDateException(string database, IReadOnlyList<string> pendingMigrations)
        : base($"The database schema of {database} is out of date ({pendingMigrations.Count} pending migration(s): "
            + string.Join(", ", pendingMigrations) + "). Run `smallcap db migrate` to update it.")
    {
        PendingMigrations = pendingMigrations;
    }

    public SchemaOutOfDateException(string message)
        : base(message)
    {
        PendingMigrations = [];
    }

    public SchemaOutOfDateException()
        : this("The database schema is out of date. Run `smallcap db migrate` to update it.")
    {
    }

    public SchemaOutOfDateException(string message, Exception innerException)
        : base(message, innerException)
    {
        PendingMigrations = [];
    }

    /// <summary>Migrations the database lacks, oldest first.</summary>
    public IReadOnlyList<string> PendingMigrations { get; }
}
