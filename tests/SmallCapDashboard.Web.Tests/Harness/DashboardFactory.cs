using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// The whole app over a temporary SQLite file seeded with <see cref="TestMarket"/>. Shared by a test
/// collection; the file is deleted on disposal.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _file = "";

    /// <summary>Settings applied on top of the app's configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>More host configuration (services, startup filters) applied after the settings.</summary>
    public Action<IWebHostBuilder>? Configure { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Market", _file);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        Configure?.Invoke(builder);
    }

    /// <summary>Path of this factory's SQLite file.</summary>
    public string DatabaseFile => _file;

    public async Task InitializeAsync()
    {
        _file = await TemplateDatabase.CopyAsync();
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        TemplateDatabase.Delete(_file);
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFactory>
{
    public const string Name = "dashboard";
}
