using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Cli.Database;

/// <summary>The store's services for one command, disposed when the command ends.</summary>
internal sealed class CliServices(ServiceProvider provider) : IAsyncDisposable
{
    /// <summary>Migrations applied when the store was opened (empty when the schema was current).</summary>
    public IReadOnlyList<string> Applied { get; set; } = [];

    /// <summary>The database in words (path or host/database; never a password).</summary>
    public string Description => Get<MarketDatabase>().Description;

    /// <summary>A registered service.</summary>
    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>A registered service, or one built from registered services when the store does not register it.</summary>
    public T GetOrCreate<T>()
        where T : notnull => ActivatorUtilities.GetServiceOrCreateInstance<T>(provider);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
