using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Testing;
using SmallCapDashboard.Web.Services.Funds;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// <c>/funds</c> after importing two hand-made issuer files of IWM through the import entry point: the iShares workbook
/// (holdings as of 2017-08-01: Industrials 40%, Consumer Discretionary 30%, Health Care 20%, cash 10%) and the
/// holdings CSV (as of 2026-04-10: Industrials 1.50%, Financials 0.75% + 0.25% = 1.00%, cash 0.02%).
/// </summary>
public sealed class FundsPageTests : DashboardContext
{
    private static string Fixture(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", "Issuers", name);

    private async Task ImportAsync(params string[] files)
    {
        var service = new ImportService(Services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
        foreach (var f in files)
        {
            var result = await service.ImportFlowsAsync(Fixture(f), new FlowImportOptions());
            Assert.True(result.Succeeded, result.Error);
        }
    }

    [Fact]
    public async Task Funds_TwoSnapshots_LatestSectorsTopHoldingsAndChangesWithAsOf()
    {
        await ImportAsync("iShares-Russell-2000-ETF_fund.xls", "IWM_holdings.csv");
        Nav.NavigateTo("/funds?symbols=IWM");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Funds>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=sectors]")), TimeSpan.FromSeconds(10));
        Assert.Equal("2026-04-10", page.Find("[data-fund=IWM] [data-testid=asof]").TextContent);
        Assert.Contains("2017-08-01", page.Find("[data-fund=IWM]").TextContent, StringComparison.Ordinal);
        Assert.Contains("(as of 2026-04-10)", page.Find("[data-testid=sectors] thead").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Industrials", "1.50%"], Cells(page.Find("[data-testid=sectors] tr[data-sector=Industrials]")));
        Assert.Equal(["Financials", "1.00%"], Cells(page.Find("[data-testid=sectors] tr[data-sector=Financials]")));
        Assert.Equal("AAA", page.Find("[data-testid=top-IWM] tbody tr td").TextContent);
        // 40.00% → 1.50% = −38.50 pp; 30.00% → absent (0) = −30.00 pp
        Assert.Equal(["Industrials", "40.00%", "1.50%", "-38.50"], Cells(page.Find("[data-testid=changes-IWM] tr[data-sector=Industrials]")));
        Assert.Equal(["Consumer Discretionary", "30.00%", "0.00%", "-30.00"], Cells(page.Find("[data-testid='changes-IWM'] tr[data-sector='Consumer Discretionary']")));
        Assert.Equal("/export/funds-sectors.csv?range=1y&symbols=IWM", page.Find("[data-testid=csv-sectors]").GetAttribute("href"));
    }

    [Fact]
    public async Task Funds_PinnedAsOfBetweenTheSnapshots_ShowsTheEarlierOneAndNamesTheNewer()
    {
        await ImportAsync("iShares-Russell-2000-ETF_fund.xls", "IWM_holdings.csv");
        Nav.NavigateTo("/funds?symbols=IWM&asof=2020-01-01");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Funds>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=sectors]")), Wait);
        Assert.Equal("2017-08-01", page.Find("[data-fund=IWM] [data-testid=asof]").TextContent);
        Assert.Equal(["Industrials", "40.00%"], Cells(page.Find("[data-testid=sectors] tr[data-sector=Industrials]")));
        Assert.Empty(page.FindAll("[data-testid=changes-IWM]"));
        Assert.Contains("IWM 2026-04-10", page.Find("[data-testid=later-snapshots]").TextContent, StringComparison.Ordinal);
        // 2020-01-01 lies between the fund's data dates: the as-of is the last one before it, said in a notice.
        Assert.Contains("2017-08-01", page.Find("[data-testid=query-notices]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funds_AsOfBeforeTheFirstSnapshot_SaysSoAndNamesTheNewerOnes()
    {
        await ImportAsync("iShares-Russell-2000-ETF_fund.xls", "IWM_holdings.csv");
        Nav.NavigateTo("/funds?symbols=IWM&asof=2017-07-31");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Funds>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=snapshots]")), Wait);
        Assert.Contains("No holdings snapshot on or before 2017-07-31", page.Find("[data-fund=IWM]").TextContent, StringComparison.Ordinal);
        Assert.Contains("IWM 2017-08-01, 2026-04-10", page.Find("[data-testid=later-snapshots]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=sectors]"));
        Assert.Empty(page.FindAll("[data-testid=query-notices]"));
    }

    [Fact]
    public async Task Funds_FundWithoutHoldings_SaysHowToImportAndNoSectorTable()
    {
        await ImportAsync("SRTY-historical_nav.csv");
        Nav.NavigateTo("/funds?symbols=SRTY");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Funds>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=snapshots]")), TimeSpan.FromSeconds(10));
        Assert.Contains("No holdings imported", page.Find("[data-fund=SRTY]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=sectors]"));
        Assert.Contains("No holdings snapshot for SRTY", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funds_UnknownSymbolOnly_ExplainedEmptyState()
    {
        Nav.NavigateTo("/funds?symbols=NOPE");

        var page = Render<SmallCapDashboard.Web.Components.Pages.Funds>();

        page.WaitForAssertion(() => Assert.Contains("None of NOPE is in the database", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task FundsCsv_SectorsAndChanges_HandCheckedRows()
    {
        await ImportAsync("iShares-Russell-2000-ETF_fund.xls", "IWM_holdings.csv");
        var model = await Services.GetRequiredService<FundsView>().BuildAsync(FundsQuery.Parse("/funds?symbols=IWM", out _));

        var sectors = FundsCsv.Sectors(model).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var changes = FundsCsv.SectorChanges(model).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Fund,AsOf,Sector,WeightPercent,MarketValue,Holdings", sectors[0]);
        Assert.Equal("IWM,2026-04-10,Industrials,1.5,860850000,1", sectors[1]);
        Assert.Equal("IWM,2026-04-10,Financials,1,1235567.39,2", sectors[2]); // 1,234,567.89 + 999.50
        Assert.Equal("Fund,From,To,Sector,WeightBefore,WeightAfter,Change", changes[0]);
        Assert.Equal("IWM,2017-08-01,2026-04-10,Industrials,40,1.5,-38.5", changes[1]);
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];
}
