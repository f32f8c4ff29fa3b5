using SmallCapDashboard.Cli.Tests.Harness;

namespace SmallCapDashboard.Cli.Tests.Bundle;

/// <summary>
/// One SQLite file seeded with the bundled dataset by <c>smallcap seed</c>, shared by the collection (seeding
/// costs seconds). Tests that only read use it directly; tests that write work on <see cref="CopyAsync"/>.
/// </summary>
public sealed class SeededBundle : IAsyncLifetime
{
    internal TempDatabase Db { get; } = new();

    /// <summary>What the seeding run printed.</summary>
    internal CliRun Seeding { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() => Seeding = (await Db.RunAsync("seed")).ShouldSucceed();

    public Task DisposeAsync() => Db.DisposeAsync().AsTask();

    /// <summary>A private copy of the seeded file for a test that writes (dispose it).</summary>
    internal TempDatabase Copy() => new(Db.Path);
}

[CollectionDefinition(Name)]
public sealed class SeededBundleCollection : ICollectionFixture<SeededBundle>
{
    public const string Name = "Seeded bundle";
}
