using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SmallCapDashboard.Data.Bundle;

namespace SmallCapDashboard.Data.Seed;

/// <summary>
/// SQLite: one prepared INSERT per table, parameters rebound per row, in the context's transaction. Synchronous on
/// purpose: Microsoft.Data.Sqlite has no real async I/O, and per-row tasks would only add overhead.
/// </summary>
internal sealed class SqliteBulkInserter(MarketDbContext db) : BulkInserter
{
    private const string BarSql =
        "INSERT INTO \"DailyBars\" (\"InstrumentId\", \"Date\", \"Open\", \"High\", \"Low\", \"Close\", \"Volume\", \"TotalReturnFactor\", \"Source\") "
        + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)";

    private const string FundDaySql =
        "INSERT INTO \"FundDays\" (\"InstrumentId\", \"Date\", \"SharesOutstanding\", \"Nav\", \"NetFlow\", \"Aum\", \"Source\", \"Modelled\") "
        + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)";

    public override Task<int> InsertBarsAsync(int instrumentId, IReadOnlyList<BundleBar> bars, string source, CancellationToken cancellationToken)
    {
        using var command = Prepare(BarSql, 9);
        var p = command.Parameters;
        p[0].Value = instrumentId;
        p[8].Value = source;
        command.Prepare();
        for (var k = 0; k < bars.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var b = bars[k];
            p[1].Value = b.Date;
            p[2].Value = b.Open;
            p[3].Value = b.High;
            p[4].Value = b.Low;
            p[5].Value = b.Close;
            p[6].Value = b.Volume;
            p[7].Value = b.TotalReturnFactor;
            command.ExecuteNonQuery();
        }

        return Task.FromResult(bars.Count);
    }

    public override Task<int> InsertFundDaysAsync(IReadOnlyList<FundDayRow> rows, CancellationToken cancellationToken)
    {
        using var command = Prepare(FundDaySql, 8);
        var p = command.Parameters;
        command.Prepare();
        for (var k = 0; k < rows.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = rows[k];
            p[0].Value = r.InstrumentId;
            p[1].Value = r.Date;
            p[2].Value = (object?)r.SharesOutstanding ?? DBNull.Value;
            p[3].Value = (object?)r.Nav ?? DBNull.Value;
            p[4].Value = (object?)r.NetFlow ?? DBNull.Value;
            p[5].Value = (object?)r.Aum ?? DBNull.Value;
            p[6].Value = r.Source;
            p[7].Value = r.Modelled;
            command.ExecuteNonQuery();
        }

        return Task.FromResult(rows.Count);
    }

    /// <summary>A command on the context's connection and transaction with positional parameters $p0…$pN−1.</summary>
    private SqliteCommand Prepare(string sql, int parameterCount)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i });
        }

        return command;
    }
}
