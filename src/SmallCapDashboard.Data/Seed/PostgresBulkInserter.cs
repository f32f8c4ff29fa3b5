using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SmallCapDashboard.Data.Bundle;

namespace SmallCapDashboard.Data.Seed;

/// <summary>PostgreSQL: binary COPY on the context's connection (inside its open transaction).</summary>
internal sealed class PostgresBulkInserter(MarketDbContext db) : BulkInserter
{
    public override async Task<int> InsertBarsAsync(int instrumentId, IReadOnlyList<BundleBar> bars, string source, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"DailyBars\" (\"InstrumentId\", \"Date\", \"Open\", \"High\", \"Low\", \"Close\", \"Volume\", \"TotalReturnFactor\", \"Source\") FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < bars.Count; k++)
        {
            var b = bars[k];
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(instrumentId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.Date, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.Open, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.High, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.Low, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.Close, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.Volume, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(b.TotalReturnFactor, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(source, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return bars.Count;
    }

    public override async Task<int> InsertFundDaysAsync(IReadOnlyList<FundDayRow> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"FundDays\" (\"InstrumentId\", \"Date\", \"SharesOutstanding\", \"Nav\", \"NetFlow\", \"Aum\", \"Source\", \"Modelled\") FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < rows.Count; k++)
        {
            var r = rows[k];
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(r.InstrumentId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(r.Date, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(writer, r.SharesOutstanding, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(writer, r.Nav, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(writer, r.NetFlow, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(writer, r.Aum, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(r.Source, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(r.Modelled, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, double? value, CancellationToken cancellationToken) =>
        value is { } v
            ? writer.WriteAsync(v, NpgsqlDbType.Double, cancellationToken)
            : writer.WriteNullAsync(cancellationToken);
}
