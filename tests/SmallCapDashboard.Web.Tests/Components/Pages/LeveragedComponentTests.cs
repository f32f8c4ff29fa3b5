using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

public sealed class LeveragedComponentTests : DashboardContext
{
    [Fact]
    public async Task Page_HandInput_ShowsDragOfMinusSixPercent()
    {
        await FlowsMarket.SeedAsync(Services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
        Nav.NavigateTo("/leveraged?funds=TLEV&index=TIDX&range=max");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Leveraged>();

        // (1.3 × 0.7 − 1) − 3 × (99/100 − 1) = −0.09 + 0.03 = −0.06.
        page.WaitForAssertion(() => Assert.Equal("−6.00 %", page.Find("[data-fund=TLEV] [data-q=drag]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal("−9.00 %", page.Find("[data-fund=TLEV] [data-q=path]").TextContent.Trim());
    }

    [Fact]
    public async Task IndexToggle_Rut_WritesIndexIntoUrl()
    {
        await FlowsMarket.SeedAsync(Services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
        Nav.NavigateTo("/leveraged?funds=TLEV&index=TIDX&range=max");
        var page = Render<SmallCapDashboard.Web.Components.Pages.Leveraged>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=leveraged-summary]")), TimeSpan.FromSeconds(10));

        page.FindAll("[data-testid=index-toggle] .mud-toggle-item").First(e => e.TextContent.Contains("^RUT", StringComparison.Ordinal)).Click();

        Assert.Contains("index=^RUT", Uri.UnescapeDataString(Nav.Uri), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DragDistribution_HandInput_OneRowPerHoldingWithTenCells()
    {
        await FlowsMarket.SeedAsync(Services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
        Nav.NavigateTo("/leveraged?funds=TLEV&index=TIDX&range=max");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Leveraged>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=drag-distribution] tbody tr")), TimeSpan.FromSeconds(10));
        Assert.Equal(10, page.FindAll("[data-testid=drag-distribution] thead th").Count);
        foreach (var row in page.FindAll("[data-testid=drag-distribution] tbody tr"))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            Assert.Equal("TLEV", row.GetAttribute("data-fund"));
            Assert.Contains(row.GetAttribute("data-holding"), new[] { "1W", "1M", "3M", "1Y" });
            Assert.Equal(10, cells.Count);
            Assert.StartsWith("TLEV (", cells[0], StringComparison.Ordinal);
            Assert.Equal(row.GetAttribute("data-holding"), cells[1]);
            Assert.All(cells.Skip(3), c => Assert.Matches(@"^(−?\d+\.\d\d %|—)$", c));
        }
    }
}
