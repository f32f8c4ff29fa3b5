using SmallCapDashboard.Cli.Tests.Harness;

namespace SmallCapDashboard.Cli.Tests.Bundle;

/// <summary>
/// The total basis is anchored like an adjusted close (DESIGN.md "Conventions"): an export without an as-of anchors at
/// the last stored session. Expected values are read by hand off <c>data/bundle/prices/IWM.csv</c>: the last row is
/// <c>2025-12-24,251.97,252.86,251.12,252.71,12103000,1.3970048970437563</c>, the first
/// <c>2000-05-26,45.53125,45.71875,45.3125,45.71875,74800,1</c>.
/// </summary>
[Collection(SeededBundleCollection.Name)]
public sealed class TotalBasisOnBundleTests(SeededBundle bundle)
{
    [Fact]
    public async Task ExportBars_TotalBasisLastSession_IsTheTradedBar()
    {
        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "bars", "--symbol", "IWM", "--basis", "total", "--from", "2025-12-24")).ShouldSucceed().Out);

        // Before the anchor fix this was 252.71 × 1.3970048970437563 = 353.04.
        Assert.Equal(["2025-12-24"], csv.Dates);
        Assert.Equal("251.97", csv.Cell("2025-12-24", "Open"));
        Assert.Equal("252.86", csv.Cell("2025-12-24", "High"));
        Assert.Equal("251.12", csv.Cell("2025-12-24", "Low"));
        Assert.Equal("252.71", csv.Cell("2025-12-24", "Close"));
    }

    [Fact]
    public async Task ExportBars_TotalBasisFirstBar_LoweredByEveryDistributionSince()
    {
        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "bars", "--symbol", "IWM", "--basis", "total", "--to", "2000-05-26")).ShouldSucceed().Out);

        Assert.Equal(45.71875 / 1.3970048970437563, csv.Number("2000-05-26", "Close"), 1e-12);
    }

    [Fact]
    public async Task ExportIndicators_TotalBasisLastSession_CloseIsTraded()
    {
        var csv = new ExportedCsv((await bundle.Db.RunAsync("export", "indicators", "--symbol", "IWM", "--basis", "total", "--from", "2025-12-24")).ShouldSucceed().Out);

        Assert.Equal("252.71", csv.Cell("2025-12-24", "Close"));
    }
}
