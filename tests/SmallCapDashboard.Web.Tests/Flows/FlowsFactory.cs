using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Flows;

/// <summary>The whole app over a copy of the test market plus <see cref="FlowsMarket"/>; shared by the flows, leveraged and overview tests.</summary>
public sealed class FlowsFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _file = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Market", _file);
        builder.UseSetting("Sync:Schedule", "off"); // no test syncs from the real hosts
    }

    public async Task InitializeAsync()
    {
        _file = await TemplateDatabase.CopyAsync();
        await FlowsMarket.SeedFileAsync(_file);
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        TemplateDatabase.Delete(_file);
    }
}

[CollectionDefinition(Name)]
public sealed class FlowsCollection : ICollectionFixture<FlowsFactory>
{
    public const string Name = "flows-dashboard";
}
