using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Reads and bulk-writes <see cref="DailyBar"/> rows with prepared ADO.NET commands on the context's connection,
/// inside its current transaction (EF change tracking is far too slow for a million bars). SQLite: one prepared
/// upsert executed per row. PostgreSQL: batches of array parameters expanded by <c>unnest</c>.
/// </summary>
internal sealed class BarTable(MarketDbContext context)
{
    private const int PostgresBatch = 20_000;

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

    public async Task<int> WriteAsync(int instrumentId, IReadOnlyList<CanonicalBar> bars, string source, CancellationToken ct)
    {
        if (bars.Count == 0)
        {
            return 0;
        }

        return _sql.IsPostgres ? await WritePostgresAsync(instrumentId, bars, source, ct) : WriteRowByRow(instrumentId, bars, source);
    }

    private int WriteRowByRow(int instrumentId, IReadOnlyList<CanonicalBar> bars, string source)
    {
        using var command = _sql.Command(_sql.Upsert(Keys, Properties, unnest: false));
        var p = new System.Data.Common.DbParameter[Properties.Length];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Sql.Parameter(command, "@p" + i);
        }

        p[0].Value = instrumentId;
        p[8].Value = source;
        command.Prepare();
        var written = 0;
        foreach (var b in bars)
        {
            p[1].Value = b.Date;
            p[2].Value = b.Open;
            p[3].Value = b.High;
            p[4].Value = b.Low;
            p[5].Value = b.Close;
            p[6].Value = b.Volume;
            p[7].Value = b.TotalReturnFactor;
            written += command.ExecuteNonQuery();
        }

        return written;
    }

    private async Task<int> WritePostgresAsync(int instrumentId, IReadOnlyList<CanonicalBar> bars, string source, CancellationToken ct)
    {
        var written = 0;
        for (var start = 0; start < bars.Count; start += PostgresBatch)
        {
            var n = Math.Min(PostgresBatch, bars.Count - start);
            var ids = new int[n];
            var dates = new DateOnly[n];
            var open = new double[n];
            var high = new double[n];
            var low = new double[n];
            var close = new double[n];
            var volume = new double[n];
            var factor = new double[n];
            var sources = new string[n];
            for (var k = 0; k < n; k++)
            {
                var b = bars[start + k];
                ids[k] = instrumentId;
                dates[k] = b.Date;
                open[k] = b.Open;
                high[k] = b.High;
                low[k] = b.Low;
                close[k] = b.Close;
                volume[k] = b.Volume;
                factor[k] = b.TotalReturnFactor;
                sources[k] = source;
            }

            await using var command = _sql.Command(_sql.Upsert(Keys, Properties, unnest: true));
            object[] arrays = [ids, dates, open, high, low, close, volume, factor, sources];
            for (var i = 0; i < arrays.Length; i++)
            {
                Sql.Parameter(command, "@p" + i, arrays[i]);
            }

            written += await command.ExecuteNonQueryAsync(ct);
        }

        return written;
    }
}
