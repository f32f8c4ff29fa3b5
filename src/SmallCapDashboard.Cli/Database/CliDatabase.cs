using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Cli.Database;

/// <summary>
/// Opens the store for one command: resolves <c>--db</c>, builds the services, and makes the schema
/// ready. On SQLite every command creates and migrates a missing or older database; on PostgreSQL only
/// <c>db migrate</c> migrates and the other commands refuse an out-of-date schema with one line.
/// </summary>
internal static class CliDatabase
{
    /// <summary>Opens the store; <paramref name="migrate"/> is true only for <c>db migrate</c>.</summary>
    /// <param name="configure">Adds a feature's services (e.g. <c>sync</c>'s clients) next to the store's.</param>
    public static async Task<CliServices> OpenAsync(CliContext context, ParseResult result, bool migrate, CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        var options = DbSelection.Resolve(result.GetValue(context.Db), context.Environment);
        var services = new ServiceCollection();
        services.AddMarketData(options).AddAlerts(o => CliAlertsOptions.Read(o, context.Environment));
        services.AddMarketUsers();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var opened = new CliServices(provider);
        try
        {
            _ = provider.GetRequiredService<IOptions<MarketDataOptions>>().Value;
            var database = provider.GetRequiredService<MarketDatabase>();
            opened.Applied = await database.EnsureReadyAsync(migrate, cancellationToken);
            return opened;
        }
        catch (OptionsValidationException ex)
        {
            await opened.DisposeAsync();
            throw new CliException("--db: " + string.Join(" ", ex.Failures));
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes pooled SQLite connections so the database file is released when a command ends.</summary>
    public static void ReleaseFiles() => SqliteConnection.ClearAllPools();
}
