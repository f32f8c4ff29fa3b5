using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>
/// Users of the dashboard: ASP.NET Core Identity over the market database (<see cref="MarketDbContext"/> is the
/// Identity store). The web app adds sign-in on top; <c>smallcap user add</c> uses <see cref="UserAccounts"/>.
/// </summary>
public static class MarketUsers
{
    /// <summary>The default role of <c>smallcap user add</c> (every signed-in user may upload; only admins may run "Sync now" on /data).</summary>
    public const string AdminRole = "admin";

    /// <summary>Roles <c>smallcap user add --role</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Roles = [AdminRole, "user"];

    /// <summary>
    /// Identity core (users, roles, password hashing, lockout) with the EF Core stores on the market database.
    /// Users are named by their e-mail address; passwords need 8 characters with a digit, a lower- and an upper-case
    /// letter and a symbol (Identity's rules, length raised from 6).
    /// </summary>
    public static IdentityBuilder AddMarketUsers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<UserAccounts>();
        return services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MarketDbContext>();
    }
}
