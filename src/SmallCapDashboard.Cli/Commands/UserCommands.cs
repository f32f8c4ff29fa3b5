using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>user add EMAIL [--role admin|user]</c>: creates a dashboard user (ASP.NET Core Identity in the market database)
/// who can sign in on the web and import files. The password is read from standard input (the first line), never
/// from an argument: <c>printf '%s\n' "$PW" | smallcap user add ana@example.com --role admin</c>.
/// </summary>
internal static class UserCommands
{
    public static Command Create(CliContext context)
    {
        var user = new Command("user", "Manage the users who may sign in to the web app (and import files from the browser).");
        user.Subcommands.Add(Add(context));
        return user;
    }

    private static Command Add(CliContext context)
    {
        var email = new Argument<string>("email") { Description = "The user's e-mail address (also the sign-in name)." };
        var role = new Option<string>("--role")
        {
            Description = $"The user's role: {string.Join('|', MarketUsers.Roles)} (default admin). Any signed-in user may import from the browser; only admins may run \"Sync now\" on /data.",
            DefaultValueFactory = _ => MarketUsers.AdminRole,
        };
        var command = new Command("add", "Add a user; the password is read from standard input (first line).") { email, role };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var address = result.GetValue(email)?.Trim() ?? "";
            if (address.Length == 0 || !address.Contains('@', StringComparison.Ordinal))
            {
                throw new CliException($"user add: '{address}' is not an e-mail address.");
            }

            var password = await context.In.ReadLineAsync(ct);
            if (string.IsNullOrEmpty(password))
            {
                throw new CliException("user add: no password on standard input (pipe it in: printf '%s\\n' \"$PASSWORD\" | smallcap user add EMAIL).");
            }

            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var roleName = (result.GetValue(role) ?? MarketUsers.AdminRole).Trim().ToLowerInvariant();
            var outcome = await store.Get<UserAccounts>().AddAsync(address, password, roleName);
            if (!outcome.Succeeded)
            {
                throw new CliException($"user add: {outcome.Error}");
            }

            await context.Out.WriteLineAsync($"Added user {address} (role {roleName}) to {store.Description}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
