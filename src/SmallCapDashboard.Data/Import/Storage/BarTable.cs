using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Reads and bulk-writes <see cref="DailyBar"/> rows on the context's connection, inside its current transaction
/// (EF change tracking is far too slow for a million bars). SQLite: one prepared INSERT (an upsert when the symbol
/// already has bars) stepped once per row (<see cref="Store.SqliteBulkWriter"/>). PostgreSQL: binary COPY,
/// straight into the table for a symbol without bars, else into a temporary table merged with one
/// <c>INSERT … ON CONFLICT DO UPDATE</c>.
/// </summary>
internal sealed class BarTable(MarketDbContext context)
{
    private static readonly string[] Keys = [nameof(DailyBar.InstrumentId), nameof(DailyBar.Date)];

    private static readonly string[] Properties =
    [
        nameof(DailyBar.InstrumentId), nameof(DailyBar.Date), nameof(DailyBar.Open), nameof(DailyBar.High),
        nameof(DailyBar.Low), nameof(DailyBar.Close), nameof(DailyBar.Volume), nameof(DailyBar.TotalReturnFactor),
        nameof(DailyBar.Source),
    ];

    private readonly Sql _sql = new(context, typeof(DailyBar));

    public async Task<List<StoredBar>> LoadAsync(int instrumentId, CancellationToken ct)
    {
        var select = string.Join(", ", Properties.Skip(1).Select(_sql.Column));
        await using var command = _sql.Command(
            $"SELECT {select} FROM {_sql.Table} WHERE {_sql.Column(nameof(DailyBar.InstrumentId))} = @id ORDER BY {_sql.Column(nameof(DailyBar.Date))}");
        Sql.Parameter(command, "@id", instrumentId);
        var result = new List<StoredBar>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new StoredBar(
                reader.GetFieldValue<DateOnly>(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3),
                reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetString(7)));
        }

        return result;
    }

    /// <param name="insertOnly">True when the symbol has no stored bars, so no row can conflict.</param>
    public async Task<int> WriteAsync(int instrumentId, IReadOnlyList<CanonicalBar> bars, string source, bool insertOnly, CancellationToken ct)
    {
        if (bars.Count == 0)
        {
            return 0;
        }

        if (_sql.IsPostgres)
        {
            return await CopyPostgresAsync(instrumentId, bars, source, insertOnly, ct);
        }

        var text = $"INSERT INTO {_sql.Table} ({string.Join(", ", Properties.Select(_sql.Column))}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
        if (!insertOnly)
        {
            text += $" ON CONFLICT ({string.Join(", ", Keys.Select(_sql.Column))}) DO UPDATE SET "
                + string.Join(", ", Properties.Skip(2).Select(p => $"{_sql.Column(p)} = excluded.{_sql.Column(p)}"));
        }

        return SqliteBulkWriter.Write(
            context, text, bars,
            static (row, b) =>
            {
                row.Date(2, b.Date);
                row.Double(3, b.Open);
                row.Double(4, b.High);
                row.Double(5, b.Low);
                row.Double(6, b.Close);
                row.Double(7, b.Volume);
                row.Double(8, b.TotalReturnFactor);
            },
            row =>
            {
                row.Int(1, instrumentId);
                row.Text(9, source);
            });
    }

    private async Task<int> CopyPostgresAsync(int instrumentId, IReadOnlyList<CanonicalBar> bars, string source, bool insertOnly, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        var columns = string.Join(", ", Properties.Select(_sql.Column));
        var target = _sql.Table;
        if (!insertOnly)
        {
            target = "smallcap_import_bars";
            await using var create = _sql.Command($"CREATE TEMPORARY TABLE {target} (LIKE {_sql.Table} INCLUDING DEFAULTS) ON COMMIT DROP");
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var b in bars)
            {
                writer.StartRow();
                writer.Write(instrumentId, NpgsqlDbType.Integer);
                writer.Write(b.Date, NpgsqlDbType.Date);
                writer.Write(b.Open, NpgsqlDbType.Double);
                writer.Write(b.High, NpgsqlDbType.Double);
                writer.Write(b.Low, NpgsqlDbType.Double);
                writer.Write(b.Close, NpgsqlDbType.Double);
                writer.Write(b.Volume, NpgsqlDbType.Double);
                writer.Write(b.TotalReturnFactor, NpgsqlDbType.Double);
                writer.Write(source, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync(ct);
        }

        if (insertOnly)
        {
            return bars.Count;
        }

        var updates = string.Join(", ", Properties.Skip(2).Select(p => $"{_sql.Column(p)} = excluded.{_sql.Column(p)}"));
        await using var merge = _sql.Command(
            $"INSERT INTO {_sql.Table} ({columns}) SELECT {columns} FROM {target} " +
            $"ON CONFLICT ({string.Join(", ", Keys.Select(_sql.Column))}) DO UPDATE SET {updates}; DROP TABLE {target}");
        return await merge.ExecuteNonQueryAsync(ct);
    }
}
