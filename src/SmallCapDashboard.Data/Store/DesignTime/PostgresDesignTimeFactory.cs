using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmallCapDashboard.Data.Store.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build a <see cref="PostgresMarketDbContext"/> without a host (no server is contacted).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMarketDbContext>
{
    public PostgresMarketDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMarketDbContext>().UseNpgsql("Host=localhost;Database=smallcap_design").Options);
}
