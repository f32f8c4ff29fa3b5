using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Web.Hosting;

/// <summary>
/// Readies the market database before the app serves, through the store's <c>PrepareMarketDataAsync</c>:
/// SQLite is created, migrated and seeded when empty; PostgreSQL must already be current (only
/// <c>smallcap db migrate</c> migrates it), otherwise the app stops with the reason.
/// </summary>
public static class DatabaseStartup
{
    /// <summary>Prepares the store; false (with the message printed) when the schema is out of date.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        try
        {
            var seeded = await app.Services.PrepareMarketDataAsync(cancellationToken: cancellationToken);
            if (seeded is not null)
            {
                log.LogInformation("Seeded the empty database with the bundled dataset: {Result}", seeded);
            }

            return true;
        }
        catch (SchemaOutOfDateException e)
        {
            log.LogCritical("Refusing to start: {Reason}", e.Message);
            await Console.Error.WriteLineAsync("SmallCap Dashboard cannot start: " + e.Message);
            return false;
        }
    }
}
