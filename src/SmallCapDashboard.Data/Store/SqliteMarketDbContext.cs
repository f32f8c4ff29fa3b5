using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Store;

/// <summary>
/// The market model on SQLite; exists so SQLite has its own migration set (<c>Migrations/Sqlite</c>).
/// Consumers ask for <see cref="IDbContextFactory{MarketDbContext}"/>, never for this type.
/// <c>dotnet ef migrations add NAME --project src/SmallCapDashboard.Data --context SqliteMarketDbContext --output-dir Migrations/Sqlite</c>
/// </summary>
public sealed class SqliteMarketDbContext(DbContextOptions<SqliteMarketDbContext> options) : MarketDbContext(options);
