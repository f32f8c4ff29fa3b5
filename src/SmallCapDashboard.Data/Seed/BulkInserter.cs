using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Bundle;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import.Storage;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Seed;

/// <summary>
/// Fast inserts of bars and fund days on the context's own connection, inside its current transaction,
/// bypassing change tracking: the one raw SQLite bulk writer (<see cref="SqliteBulkWriter"/>, ADR 0007) on SQLite,
/// binary COPY on PostgreSQL.
/// </summary>
internal abstract class BulkInserter
{
    public static BulkInserter For(MarketDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresBulkInserter(db) : new SqliteInserter(db);

    /// <summary>Inserts the bars of one instrument; returns the count written.</summary>
    public abstract Task<int> InsertBarsAsync(int instrumentId, IReadOnlyList<BundleBar> bars, string source, CancellationToken cancellationToken);

    /// <summary>Inserts fund days; returns the count written.</summary>
    public abstract Task<int> InsertFundDaysAsync(IReadOnlyList<FundDayRow> rows, CancellationToken cancellationToken);

    /// <summary>SQLite: plain INSERTs through <see cref="SqliteBulkWriter"/> (column names from the EF model).</summary>
    private sealed class SqliteInserter(MarketDbContext db) : BulkInserter
    {
        private static readonly string[] BarColumns =
        [
            nameof(DailyBar.InstrumentId), nameof(DailyBar.Date), nameof(DailyBar.Open), nameof(DailyBar.High), nameof(DailyBar.Low),
            nameof(DailyBar.Close), nameof(DailyBar.Volume), nameof(DailyBar.TotalReturnFactor), nameof(DailyBar.Source),
        ];

        private static readonly string[] FundDayColumns =
        [
            nameof(FundDay.InstrumentId), nameof(FundDay.Date), nameof(FundDay.SharesOutstanding), nameof(FundDay.Nav),
            nameof(FundDay.NetFlow), nameof(FundDay.Aum), nameof(FundDay.Source), nameof(FundDay.Modelled),
        ];

        public override Task<int> InsertBarsAsync(int instrumentId, IReadOnlyList<BundleBar> bars, string source, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(SqliteBulkWriter.Write(
                db, Insert(typeof(DailyBar), BarColumns), bars,
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
                }));
        }

        public override Task<int> InsertFundDaysAsync(IReadOnlyList<FundDayRow> rows, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(SqliteBulkWriter.Write(db, Insert(typeof(FundDay), FundDayColumns), rows, static (row, r) =>
            {
                row.Int(1, r.InstrumentId);
                row.Date(2, r.Date);
                row.Double(3, r.SharesOutstanding);
                row.Double(4, r.Nav);
                row.Double(5, r.NetFlow);
                row.Double(6, r.Aum);
                row.Text(7, r.Source);
                row.Bool(8, r.Modelled);
            }));
        }

        private string Insert(Type entity, string[] properties)
        {
            var sql = new Sql(db, entity);
            return $"INSERT INTO {sql.Table} ({string.Join(", ", properties.Select(sql.Column))}) "
                + $"VALUES ({string.Join(", ", properties.Select((_, i) => "?" + (i + 1)))})";
        }
    }
}
