using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmallCapDashboard.Data.Store.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build a <see cref="SqliteMarketDbContext"/> without a host (no database is opened).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMarketDbContext>
{
    public SqliteMarketDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMarketDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
