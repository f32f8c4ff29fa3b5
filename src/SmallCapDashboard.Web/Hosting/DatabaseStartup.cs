using Microsoft.AspNetCore.DataProtection;
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
    /// <summary>
    /// Prepares the store; false (with one line printed on stderr) when the schema is out of date or the database
    /// cannot be opened.
    /// </summary>
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

            return await KeyRingReadyAsync(app, log);
        }
        catch (SchemaOutOfDateException e)
        {
            return await RefuseAsync(log, e.Message);
        }
        catch (MarketDatabaseUnavailableException e)
        {
            return await RefuseAsync(log, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException
            || e.InnerException is System.Data.Common.DbException)
        {
            // The folder cannot be created or the file opened (a file where a folder should be, no permission, a full disk).
            var cause = (e.InnerException as System.Data.Common.DbException)?.Message ?? e.Message;
            return await RefuseAsync(log, $"cannot open the market database {app.Services.GetRequiredService<MarketDatabase>().Description}: {cause}");
        }
    }

    /// <summary>
    /// Every page's form and cookie needs the data-protection key ring, kept in the market database: when it has no key
    /// yet and the database cannot be written (opened read-only, a read-only file), every page would fail. Refuse to
    /// start with one line instead; a read-only database that already holds a key serves its pages (and
    /// <c>/healthz</c> says it cannot be written).
    /// </summary>
    private static async Task<bool> KeyRingReadyAsync(WebApplication app, ILogger log)
    {
        try
        {
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SmallCapDashboard.Startup").Protect([1]);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var cause = e;
            while (cause.InnerException is not null)
            {
                cause = cause.InnerException;
            }

            return await RefuseAsync(log,
                $"the market database {app.Services.GetRequiredService<MarketDatabase>().Description} has no data-protection key and cannot store one "
                + $"(pages need it for forms and cookies): {cause.Message}");
        }
    }

    /// <summary>One line on stderr (and a critical log entry), never a stack trace.</summary>
    private static async Task<bool> RefuseAsync(ILogger log, string reason)
    {
        var line = string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        log.LogCritical("Refusing to start: {Reason}", line);
        await Console.Error.WriteLineAsync("SmallCap Dashboard cannot start: " + line);
        return false;
    }
}
