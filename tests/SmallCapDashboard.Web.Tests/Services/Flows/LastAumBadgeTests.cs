using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Flows;

/// <summary>The flow summary's "Last AUM" cell says when the AUM it shows is modelled.</summary>
[Collection(FlowsCollection.Name)]
public sealed class LastAumBadgeTests(FlowsFactory factory)
{
    [Fact]
    public async Task Summary_LastAumFromModelledDay_Badged()
    {
        // TFLW: 2024-12-02 … 12-06 modelled, 12-09 … 12-13 real (FlowsMarket)
        var cell = await LastAumCellAsync("/flows?funds=TFLW&from=2024-12-02&to=2024-12-06");

        Assert.Contains("data-testid=\"modelled-chip\"", cell, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_LastAumFromRealDay_NotBadged()
    {
        var cell = await LastAumCellAsync("/flows?funds=TFLW&from=2024-12-02&to=2024-12-13");

        Assert.DoesNotContain("modelled-chip", cell, StringComparison.Ordinal);
    }

    private async Task<string> LastAumCellAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var row = html[html.IndexOf("data-fund=\"TFLW\" data-modelled=", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var cells = row.Split("<td", StringSplitOptions.None);
        return cells[4]; // Fund, net flow, trailing average, last AUM
    }
}
