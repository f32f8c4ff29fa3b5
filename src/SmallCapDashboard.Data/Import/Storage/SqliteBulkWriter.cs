using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Writes bars on SQLite through one prepared statement on the context's own connection (so inside its open
/// transaction), bound by position and stepped once per row. Microsoft.Data.Sqlite's <c>SqliteCommand</c>
/// re-binds every parameter by name and builds a data reader on each execution, which costs more than the insert
/// itself at a million rows; its <see cref="SqliteConnection.Handle"/> is the documented way to the native
/// statement API for such loops. Dates are bound as the ISO text EF Core stores (<c>yyyy-MM-dd</c>).
/// </summary>
internal static class SqliteBulkWriter
{
    public static int Write(MarketDbContext context, Sql sql, string[] properties, string[] keys, int instrumentId,
        IReadOnlyList<CanonicalBar> bars, string source, bool insertOnly)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        var text = $"INSERT INTO {sql.Table} ({string.Join(", ", properties.Select(sql.Column))}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
        if (!insertOnly)
        {
            text += $" ON CONFLICT ({string.Join(", ", keys.Select(sql.Column))}) DO UPDATE SET "
                + string.Join(", ", properties.Skip(2).Select(p => $"{sql.Column(p)} = excluded.{sql.Column(p)}"));
        }

        // A large import touches far more pages than the default 2 MB page cache holds; let it grow for this
        // write (the setting is per connection, restored afterwards).
        var cache = Pragma(connection, "cache_size");
        if (bars.Count > 50_000)
        {
            Pragma(connection, "cache_size", "-131072");
        }

        try
        {
            return Insert(db, text, instrumentId, bars, source);
        }
        finally
        {
            Pragma(connection, "cache_size", cache);
        }
    }

    private static int Insert(sqlite3 db, string text, int instrumentId, IReadOnlyList<CanonicalBar> bars, string source)
    {
        Check(db, raw.sqlite3_prepare_v2(db, text, out var statement));
        using (statement)
        {
            // Bindings survive sqlite3_reset: the instrument and the source are bound once.
            Check(db, raw.sqlite3_bind_int(statement, 1, instrumentId));
            Check(db, raw.sqlite3_bind_text(statement, 9, source));
            Span<byte> date = stackalloc byte[10];
            var written = 0;
            foreach (var b in bars)
            {
                Iso(b.Date, date);
                raw.sqlite3_bind_text(statement, 2, date);
                raw.sqlite3_bind_double(statement, 3, b.Open);
                raw.sqlite3_bind_double(statement, 4, b.High);
                raw.sqlite3_bind_double(statement, 5, b.Low);
                raw.sqlite3_bind_double(statement, 6, b.Close);
                raw.sqlite3_bind_double(statement, 7, b.Volume);
                raw.sqlite3_bind_double(statement, 8, b.TotalReturnFactor);
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

    private static string Pragma(SqliteConnection connection, string name, string? value = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = value is null ? $"PRAGMA {name}" : $"PRAGMA {name} = {value}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static void Iso(DateOnly d, Span<byte> s)
    {
        var (y, m, day) = (d.Year, d.Month, d.Day);
        s[0] = (byte)('0' + (y / 1000));
        s[1] = (byte)('0' + (y / 100 % 10));
        s[2] = (byte)('0' + (y / 10 % 10));
        s[3] = (byte)('0' + (y % 10));
        s[4] = (byte)'-';
        s[5] = (byte)('0' + (m / 10));
        s[6] = (byte)('0' + (m % 10));
        s[7] = (byte)'-';
        s[8] = (byte)('0' + (day / 10));
        s[9] = (byte)('0' + (day % 10));
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (0 or 100 or 101))
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()}", rc);
        }
    }
}
