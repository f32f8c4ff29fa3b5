using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Bundle;

namespace SmallCapDashboard.Data.Seed;

/// <summary>
/// Fast inserts of bars and fund days on the context's own connection, inside its current transaction,
/// bypassing change tracking: prepared statements on SQLite, binary COPY on PostgreSQL.
/// </summary>
internal abstract class BulkInserter
{
    public static BulkInserter For(MarketDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresBulkInserter(db) : new SqliteBulkInserter(db);

    /// <summary>Inserts the bars of one instrument; returns the count written.</summary>
    public abstract Task<int> InsertBarsAsync(int instrumentId, IReadOnlyList<BundleBar> bars, string source, CancellationToken cancellationToken);

    /// <summary>Inserts fund days; returns the count written.</summary>
    public abstract Task<int> InsertFundDaysAsync(IReadOnlyList<FundDayRow> rows, CancellationToken cancellationToken);
}
