using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data;

/// <summary>
/// The market store. One context per operation (use <see cref="IDbContextFactory{TContext}"/>).
/// Migrations live per provider: <c>Migrations/Sqlite</c> and <c>Migrations/Postgres</c>.
/// Add one with, for example:
/// <c>dotnet ef migrations add NAME --project src/SmallCapDashboard.Data --context SqliteMarketDbContext --output-dir Migrations/Sqlite</c>
/// (and <c>PostgresMarketDbContext</c> / <c>Migrations/Postgres</c>).
/// It is also the ASP.NET Core Identity store (users, roles, claims, logins, tokens in the <c>AspNet*</c> tables), so
/// sign-in works on every instance that shares the database.
/// </summary>
public class MarketDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<DailyBar> DailyBars => Set<DailyBar>();

    public DbSet<FundDay> FundDays => Set<FundDay>();

    public DbSet<SavedView> SavedViews => Set<SavedView>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<HoldingsSnapshot> HoldingsSnapshots => Set<HoldingsSnapshot>();

    public DbSet<Holding> Holdings => Set<Holding>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AlertRule> AlertRules => Set<AlertRule>();

    public DbSet<AlertEvent> AlertEvents => Set<AlertEvent>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MarketDbContext).Assembly);
    }
}
