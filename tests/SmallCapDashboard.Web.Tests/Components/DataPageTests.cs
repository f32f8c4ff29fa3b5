using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components;

public class DataPageTests : DashboardTestContext
{
    [Fact]
    public void Render_ListsEverySymbolWithBarCounts()
    {
        var page = Render<SmallCapDashboard.Web.Components.Pages.Data>();
        page.WaitForElement("[data-testid=coverage-table]", TimeSpan.FromSeconds(20));
        var text = page.Find("[data-testid=coverage-table]").TextContent;
        foreach (var (symbol, _, _, _, _) in TestMarket.Synthetic)
        {
            Assert.Contains(symbol, text, StringComparison.Ordinal);
        }

        // SYNA has 2,520 weekday bars in the reference file.
        Assert.Contains("2,520", text, StringComparison.Ordinal);
        Assert.Contains("reference/SYNA/bars.csv", page.Find("[data-testid=imports-table]").TextContent, StringComparison.Ordinal);
    }
}
