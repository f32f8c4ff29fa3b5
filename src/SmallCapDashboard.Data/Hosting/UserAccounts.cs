using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>Creates dashboard users (for <c>smallcap user add</c>); errors come back as one line. One scope per call.</summary>
public sealed class UserAccounts(IServiceScopeFactory scopes)
{
    /// <summary>What <see cref="AddAsync"/> did.</summary>
    /// <param name="Succeeded">True when the user exists with the password and role.</param>
    /// <param name="Error">One line naming what was wrong, or null.</param>
    public sealed record Outcome(bool Succeeded, string? Error);

    /// <summary>Adds a user named by <paramref name="email"/> with <paramref name="password"/> and <paramref name="role"/>.</summary>
    public async Task<Outcome> AddAsync(string email, string password, string role)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        email = email.Trim();
        if (!MarketUsers.Roles.Contains(role, StringComparer.Ordinal))
        {
            return new(false, $"--role: '{role}' is not a role (expected {string.Join('|', MarketUsers.Roles)}).");
        }

        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            return new(false, $"a user {email} already exists.");
        }

        if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
        {
            var created = await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                return new(false, Describe(created));
            }
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return new(false, Describe(result));
        }

        var inRole = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        return inRole.Succeeded ? new(true, null) : new(false, Describe(inRole));
    }

    private static string Describe(IdentityResult result) =>
        string.Join(' ', result.Errors.Select(e => e.Description.ReplaceLineEndings(" ")));
}
