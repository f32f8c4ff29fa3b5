using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>Reads and bulk-writes <see cref="FundDay"/> rows with ADO.NET on the context's connection and transaction.</summary>
internal sealed class FlowTable(MarketDbContext context)
{
    private static readonly string[] Keys = [nameof(FundDay.InstrumentId), nameof(FundDay.Date)];

    private static readonly string[] Properties =
    [
        nameof(FundDay.InstrumentId), nameof(FundDay.Date), nameof(FundDay.SharesOutstanding), nameof(FundDay.Nav),
        nameof(FundDay.NetFlow), nameof(FundDay.Aum), nameof(FundDay.Source), nameof(FundDay.Modelled),
    ];

    private readonly Sql _sql = new(context, typeof(FundDay));

    public async Task<List<StoredFlow>> LoadAsync(int instrumentId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var date = _sql.Column(nameof(FundDay.Date));
        await using var command = _sql.Command(
            $"SELECT {string.Join(", ", Properties.Select(_sql.Column))} FROM {_sql.Table} " +
            $"WHERE {_sql.Column(nameof(FundDay.InstrumentId))} = @id AND {date} >= @from AND {date} <= @to ORDER BY {date}");
        Sql.Parameter(command, "@id", instrumentId);
        Sql.Parameter(command, "@from", from);
        Sql.Parameter(command, "@to", to);
        var result = new List<StoredFlow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            double? Get(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            result.Add(new StoredFlow(reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1), Get(2), Get(3), Get(4), Get(5),
                reader.GetString(6), reader.GetBoolean(7)));
        }

        return result;
    }

    public async Task<int> WriteAsync(IReadOnlyList<StoredFlow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        if (_sql.IsPostgres)
        {
            await using var batch = _sql.Command(_sql.Upsert(Keys, Properties, unnest: true));
            object[] arrays =
            [
                rows.Select(r => r.InstrumentId).ToArray(), rows.Select(r => r.Date).ToArray(),
                rows.Select(r => r.SharesOutstanding).ToArray(), rows.Select(r => r.Nav).ToArray(),
                rows.Select(r => r.NetFlow).ToArray(), rows.Select(r => r.Aum).ToArray(),
                rows.Select(r => r.Source).ToArray(), rows.Select(r => r.Modelled).ToArray(),
            ];
            for (var i = 0; i < arrays.Length; i++)
            {
                Sql.Parameter(batch, "@p" + i, arrays[i]);
            }

            return await batch.ExecuteNonQueryAsync(ct);
        }

        return SqliteBulkWriter.Write(context, _sql.Upsert(Keys, Properties, unnest: false), rows, static (row, r) =>
        {
            row.Int(1, r.InstrumentId);
            row.Date(2, r.Date);
            row.Double(3, r.SharesOutstanding);
            row.Double(4, r.Nav);
            row.Double(5, r.NetFlow);
            row.Double(6, r.Aum);
            row.Text(7, r.Source);
            row.Bool(8, r.Modelled);
        });
    }
}
