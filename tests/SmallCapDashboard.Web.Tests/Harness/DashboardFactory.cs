using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// The whole app over a temporary SQLite file seeded with <see cref="TestMarket"/>. Shared by a test
/// collection; the file is deleted on disposal.
/// </summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _file = "";

    /// <summary>Settings applied on top of the app's configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Market", _file);
        builder.UseSetting("Sync:Schedule", "off"); // no test syncs from the real hosts
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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
