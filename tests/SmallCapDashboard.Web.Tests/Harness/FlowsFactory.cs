using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>The harness's app over a copy of the test market plus <see cref="FlowsMarket"/>; shared by the flows, leveraged and overview tests.</summary>
public sealed class FlowsFactory : DashboardFactory
{
    protected override Task SeedAsync(string file) => FlowsMarket.SeedFileAsync(file);
}

[CollectionDefinition(Name)]
public sealed class FlowsCollection : ICollectionFixture<FlowsFactory>
{
    public const string Name = "flows-dashboard";
}
