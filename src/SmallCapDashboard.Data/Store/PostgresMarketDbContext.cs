using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Store;

/// <summary>
/// The market model on PostgreSQL; exists so PostgreSQL has its own migration set (<c>Migrations/Postgres</c>).
/// Consumers ask for <see cref="IDbContextFactory{MarketDbContext}"/>, never for this type.
/// <c>dotnet ef migrations add NAME --project src/SmallCapDashboard.Data --context PostgresMarketDbContext --output-dir Migrations/Postgres</c>
/// </summary>
public sealed class PostgresMarketDbContext(DbContextOptions<PostgresMarketDbContext> options) : MarketDbContext(options);
