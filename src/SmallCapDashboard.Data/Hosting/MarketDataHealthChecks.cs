using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>
/// Health checks of the store: <c>database</c> (a row can be written — inserted into <c>SavedViews</c> inside a
/// transaction that is rolled back, so a read-only file or a read-only PostgreSQL replica is unhealthy) and
/// <c>data-protection</c> (the key ring in the database can be read and protects and unprotects a value).
/// </summary>
public static class MarketDataHealthChecks
{
    /// <summary>Name of the database check.</summary>
    public const string Database = "database";

    /// <summary>Name of the key-ring check.</summary>
    public const string DataProtection = "data-protection";

    /// <summary>How long a check may take before it counts as failed (a SQLite file locked by a long import, a lost server).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Registers both checks.</summary>
    public static IHealthChecksBuilder AddMarketDataChecks(this IHealthChecksBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDbContextCheck<MarketDbContext>(Database, HealthStatus.Unhealthy, customTestQuery: CanWriteAsync);
        builder.Add(new HealthCheckRegistration(
            DataProtection, sp => ActivatorUtilities.CreateInstance<KeyRingHealthCheck>(sp), HealthStatus.Unhealthy, tags: null, Timeout));
        builder.Services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var r in o.Registrations.Where(r => r.Name == Database))
            {
                r.Timeout = Timeout;
            }
        });
        return builder;
    }

    /// <summary>Writes a probe row in a transaction and rolls it back.</summary>
    internal static async Task<bool> CanWriteAsync(MarketDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.SavedViews.Add(new SavedView { Id = "~healthz-probe", Query = "/", CreatedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Reads every key from the repository (the database) and round-trips a value through the default key.</summary>
    private sealed class KeyRingHealthCheck(IKeyManager keys, IDataProtectionProvider protection, TimeProvider? clock = null) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var now = (clock ?? TimeProvider.System).GetUtcNow();
            var all = keys.GetAllKeys();
            var usable = all.Count(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now);
            var protector = protection.CreateProtector("SmallCapDashboard.Healthz");
            var ok = protector.Unprotect(protector.Protect("probe")) == "probe";
            return Task.FromResult(ok
                ? HealthCheckResult.Healthy($"{all.Count} key(s), {usable} usable")
                : HealthCheckResult.Unhealthy("the key ring does not round-trip a value"));
        }
    }
}
