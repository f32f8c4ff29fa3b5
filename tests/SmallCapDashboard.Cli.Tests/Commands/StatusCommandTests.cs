using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary><c>status</c> lists each fund's holdings snapshots (as-of:rows, newest first) beside its real and modelled flow counts.</summary>
public sealed class StatusCommandTests : IAsyncLifetime
{
    private readonly TempDatabase db = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    private static string Fixture(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", "Issuers", name);

    [Fact]
    public async Task Status_AfterIssuerImports_ListsSnapshotsNewestFirstBesideTheFlowCounts()
    {
        // The IWM workbook fixture: 5 sessions 2017-07-26 .. 08-01 and 5 holdings as of 2017-08-01; the two Direxion
        // files: 3 holdings each, one day each (08-16, 08-17).
        (await db.RunAsync("import", "flows", Fixture("iShares-Russell-2000-ETF_fund.xls"))).ShouldSucceed();
        (await db.RunAsync("import", "flows", Fixture("TNA-2017-08-16.csv"))).ShouldSucceed();
        (await db.RunAsync("import", "flows", Fixture("TNA-2017-08-17.csv"))).ShouldSucceed();

        var lines = (await db.RunAsync("status")).ShouldSucceed().Out.Split('\n');
        Assert.Contains("Modelled flows  Flows first  Flows last  Holdings (as of:rows)", Assert.Single(lines, l => l.StartsWith("Symbol", StringComparison.Ordinal)), StringComparison.Ordinal);

        // Cells: Symbol Kind Group Bars First Last RealFlows ModelledFlows FlowsFirst FlowsLast Holdings BarSources…
        var iwm = Cells(Assert.Single(lines, l => l.StartsWith("IWM ", StringComparison.Ordinal)));
        Assert.Equal(("5", "0", "2017-08-01:5"), (iwm[6], iwm[7], iwm[10]));
        var tna = Cells(Assert.Single(lines, l => l.StartsWith("TNA ", StringComparison.Ordinal)));
        Assert.Equal(("2", "2017-08-17:3,2017-08-16:3"), (tna[6], tna[10]));
    }

    [Fact]
    public async Task Status_NoSnapshots_ADash()
    {
        var file = db.FileBeside("ZST.csv");
        await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-12-23,10,10.5,9.9,10.2,10.2,1000\n");
        (await db.RunAsync("import", "bars", file)).ShouldSucceed();

        var row = Assert.Single((await db.RunAsync("status")).ShouldSucceed().Out.Split('\n'), l => l.StartsWith("ZST ", StringComparison.Ordinal));
        Assert.Equal("-", Cells(row)[10]);
    }

    private static string[] Cells(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
