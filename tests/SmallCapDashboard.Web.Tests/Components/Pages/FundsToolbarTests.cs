using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Services.Funds;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// <c>/funds</c>'s window and as-of over <see cref="FundsMarket"/> (TFND: weekdays 2024-07-01 … 2024-12-31, day i
/// 1,000,000 + 1,000·i shares at NAV 50; snapshots 2024-06-28 and 2024-12-31, a later import adds 2025 and a
/// 2025-03-31 snapshot). Calendar facts used: 2024-09-30 is a Monday, the 66th weekday from 2024-07-01 (i = 65); the
/// window from it to 2024-12-31 holds 67 weekdays.
/// </summary>
public sealed class FundsToolbarTests : DashboardContext
{
    private const string Ready = "[data-testid=snapshots]";

    private IDbContextFactory<MarketDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<MarketDbContext>>();

    [Fact]
    public async Task Render_ThreeMonths_ToolbarWithWindowEndingAtAsOfAndNoBasis()
    {
        await FundsMarket.SeedAsync(Contexts);

        var cut = RenderAt<Funds>("/funds?symbols=TFND&range=3m", Ready);

        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
        Assert.Equal("true", cut.Find("[data-testid=control-bar] button[data-range='3m']").GetAttribute("aria-pressed"));
        Assert.Contains("As of 2024-12-31", Text(cut.Find("[data-testid=control-bar] [data-testid=asof]")), StringComparison.Ordinal);
        // 3M before 2024-12-31: the base close is Monday 2024-09-30; AUM is a level, so the chart starts there.
        Assert.Equal("2024-09-30", Field(cut, "range-from"));
        Assert.Equal("2024-12-31", Field(cut, "range-to"));
        Assert.Empty(cut.FindAll("[data-testid=basis-name]"));
        Assert.Empty(cut.FindAll(".basis-toggle"));
        Assert.Contains("TFND", cut.Find("[data-testid=funds-menu] .toolbar-menu-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("2024-12-31", cut.Find("[data-fund=TFND] [data-testid=asof]").TextContent);
    }

    [Fact]
    public async Task ShareFrozenLink_RelativeRange_PinsFromToAndAsOf()
    {
        await FundsMarket.SeedAsync(Contexts);
        var cut = RenderAt<Funds>("/funds?symbols=TFND&range=3m", Ready);

        cut.Find("[data-testid=share-menu] button").Click();
        cut.WaitForElement("[data-testid=share-frozen]", Wait).Click();

        Assert.Equal("http://localhost/funds?from=2024-10-01&to=2024-12-31&asof=2024-12-31&symbols=TFND",
            cut.WaitForElement("[data-testid=share-result]", Wait).TextContent.Trim());
    }

    [Fact]
    public async Task OpenFrozenLink_AfterANewerImport_SameSnapshotsAndWindow()
    {
        await FundsMarket.SeedAsync(Contexts);
        await FundsMarket.AddNewerAsync(Contexts);
        const string Frozen = "/funds?from=2024-10-01&to=2024-12-31&asof=2024-12-31&symbols=TFND";

        var cut = RenderAt<Funds>(Frozen, Ready);

        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
        Assert.Equal("2024-12-31", cut.Find("[data-fund=TFND] [data-testid=asof]").TextContent);
        Assert.Contains("2024-06-28", cut.Find("[data-fund=TFND]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Industrials", "50.00%"], Cells(cut.Find("[data-testid=sectors] tr[data-sector=Industrials]")));
        // 2024-06-28 → 2024-12-31: Industrials 60 → 50, Health Care absent (0) → 20.
        Assert.Equal(["Industrials", "60.00%", "50.00%", "-10.00"], Cells(cut.Find("[data-testid=changes-TFND] tr[data-sector=Industrials]")));
        Assert.Equal(["Health Care", "0.00%", "20.00%", "+20.00"], Cells(cut.Find("[data-testid='changes-TFND'] tr[data-sector='Health Care']")));
        Assert.Contains("TFND 2025-03-31", Text(cut.Find("[data-testid=later-snapshots]")), StringComparison.Ordinal);
        Assert.Equal("2024-10-01", Field(cut, "range-from")); // the typed from stays as typed
        Assert.Contains("As of 2024-12-31", Text(cut.Find("[data-testid=control-bar] [data-testid=asof]")), StringComparison.Ordinal);

        // The same data through the CSV's model: the window's days, base close to end, nothing of 2025.
        var model = await Services.GetRequiredService<FundsView>().BuildAsync(FundsQuery.Parse(Frozen, out _));
        var rows = FundsCsv.Aum(model).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1 + 67, rows.Length);
        Assert.Equal("2024-09-30,TFND,1065000,50,53250000,test:issuer-file,false", rows[1]);
        Assert.Equal("2024-12-31,TFND,1131000,50,56550000,test:issuer-file,false", rows[^1]);
    }

    [Fact]
    public async Task Render_RelativeLinkAfterANewerImport_FollowsTheNewestSnapshot()
    {
        await FundsMarket.SeedAsync(Contexts);
        await FundsMarket.AddNewerAsync(Contexts);

        var cut = RenderAt<Funds>("/funds?symbols=TFND&range=3m", Ready);

        Assert.Equal("2025-03-31", cut.Find("[data-fund=TFND] [data-testid=asof]").TextContent);
        Assert.Equal(["Industrials", "50.00%", "45.00%", "-5.00"], Cells(cut.Find("[data-testid=changes-TFND] tr[data-sector=Industrials]")));
        Assert.Empty(cut.FindAll("[data-testid=later-snapshots]"));
        // 3M before 2025-03-31: base close Tuesday 2024-12-31.
        Assert.Equal("2024-12-31", Field(cut, "range-from"));
    }

    [Fact]
    public async Task Render_BadDatesFutureAsOfUnknownSymbolAndBasis_NoticesAndTheViewStillShows()
    {
        await FundsMarket.SeedAsync(Contexts);

        var cut = RenderAt<Funds>("/funds?symbols=TFND,NOPE&range=2q&from=2024-13-01&asof=2099-01-01&basis=total", Ready);

        var notices = cut.FindAll("[data-testid=query-notices] li").Select(li => li.TextContent).ToList();
        Assert.Contains(notices, n => n.Contains("'range'", StringComparison.Ordinal) && n.Contains("2q", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'from'", StringComparison.Ordinal) && n.Contains("2024-13-01", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'asof'", StringComparison.Ordinal) && n.Contains("2099-01-01", StringComparison.Ordinal) && n.Contains("2024-12-31", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'symbols'", StringComparison.Ordinal) && n.Contains("NOPE", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'basis'", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=empty-state]"));
        Assert.Equal("2024-12-31", cut.Find("[data-fund=TFND] [data-testid=asof]").TextContent);
        Assert.Contains("/export/funds-sectors.csv?range=1y&asof=2099-01-01&symbols=TFND,NOPE", cut.Find("[data-testid=csv-sectors]").GetAttribute("href"), StringComparison.Ordinal);
    }

    private static string? Field(IRenderedComponent<Funds> cut, string testId) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input").GetAttribute("value");

    private static string[] Cells(IElement row) => [.. row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];
}
