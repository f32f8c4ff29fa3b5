using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace SmallCapDashboard.Data.Store;

/// <summary>
/// The one SQLite bulk writer (ADR 0007), used by the importer and the seeder: a statement prepared once with the
/// native API on the context's own connection (so inside its open transaction), values bound by position and stepped
/// once per row. Microsoft.Data.Sqlite's <c>SqliteCommand</c> re-binds every parameter by name and builds a data reader
/// on each execution, which costs more than the insert itself at a million rows; its
/// <see cref="SqliteConnection.Handle"/> is the documented way to the native statement API for such loops. Values are
/// bound in the forms EF Core stores: dates as <c>yyyy-MM-dd</c> text, booleans as 0/1, null as NULL.
/// </summary>
internal static class SqliteBulkWriter
{
    /// <summary>
    /// Runs <paramref name="sql"/> (parameters <c>?1…?N</c>, or named ones in order of appearance) once per row of
    /// <paramref name="rows"/>; <paramref name="constant"/> binds the parameters that are the same for every row (kept
    /// across resets). Returns the number of rows changed.
    /// </summary>
    public static int Write<T>(MarketDbContext context, string sql, IReadOnlyList<T> rows, Action<SqliteRow, T> bind, Action<SqliteRow>? constant = null)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");

        // A large write touches far more pages than the default 2 MB page cache holds; let it grow for this
        // write (the setting is per connection, restored afterwards).
        var cache = Pragma(connection, "cache_size");
        if (rows.Count > 50_000)
        {
            Pragma(connection, "cache_size", "-131072");
        }

        try
        {
            Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
            using (statement)
            {
                var row = new SqliteRow(statement);
                constant?.Invoke(row);
                var written = 0;
                foreach (var r in rows)
                {
                    bind(row, r);
                    var rc = raw.sqlite3_step(statement);
                    if (rc != raw.SQLITE_DONE)
                    {
                        Check(db, rc);
                    }

                    written += raw.sqlite3_changes(db);
                    raw.sqlite3_reset(statement);
                }

                return written;
            }
        }
        finally
        {
            Pragma(connection, "cache_size", cache);
        }
    }

    private static string Pragma(SqliteConnection connection, string name, string? value = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = value is null ? $"PRAGMA {name}" : $"PRAGMA {name} = {value}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (0 or 100 or 101))
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()}", rc);
        }
    }
}

/// <summary>Binds the parameters of one row of a <see cref="SqliteBulkWriter"/> statement (1-based positions).</summary>
internal sealed class SqliteRow(sqlite3_stmt statement)
{
    public void Int(int position, long value) => raw.sqlite3_bind_int64(statement, position, value);

    public void Bool(int position, bool value) => raw.sqlite3_bind_int(statement, position, value ? 1 : 0);

    public void Double(int position, double value) => raw.sqlite3_bind_double(statement, position, value);

    public void Double(int position, double? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_double(statement, position, v);
        }
        else
        {
            raw.sqlite3_bind_null(statement, position);
        }
    }

    public void Text(int position, string value) => raw.sqlite3_bind_text(statement, position, value);

    /// <summary>A date as the <c>yyyy-MM-dd</c> text EF Core stores (SQLite copies the bytes: SQLITE_TRANSIENT).</summary>
    public void Date(int position, DateOnly date)
    {
        Span<byte> s = stackalloc byte[10];
        var (y, m, d) = (date.Year, date.Month, date.Day);
        s[0] = (byte)('0' + (y / 1000));
        s[1] = (byte)('0' + (y / 100 % 10));
        s[2] = (byte)('0' + (y / 10 % 10));
        s[3] = (byte)('0' + (y % 10));
        s[4] = (byte)'-';
        s[5] = (byte)('0' + (m / 10));
        s[6] = (byte)('0' + (m % 10));
        s[7] = (byte)'-';
        s[8] = (byte)('0' + (d / 10));
        s[9] = (byte)('0' + (d % 10));
        raw.sqlite3_bind_text(statement, position, s);
    }
}
