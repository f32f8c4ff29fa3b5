using System.Globalization;
using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// /spread over the synthetic test market (weekday series ending 2024-12-31; DIA ends 2024-11-29). Expected base
/// dates are worked out on the calendar: 2023-12-31 is a Sunday (1Y base = Friday 2023-12-29), 2024-09-30 is a
/// Monday (3M base), 2024-11-30 is a Saturday (1M base = Friday 2024-11-29).
/// </summary>
public class SpreadPageTests : DashboardContext
{
    private const string Ready = "[data-testid=returns-table]";

    [Fact]
    public void ClickPreset_ThreeMonths_UpdatesUrlAndRequeriesTheWindow()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=1y", Ready);
        Assert.Equal("from the close of 2023-12-29 to 2024-12-31", SpreadPage.WindowTitle(cut, "IWM"));

        cut.Find("button[data-range='3m']").Click();

        var query = SpreadPage.QueryOf(Nav.Uri);
        Assert.Equal("3m", query["range"]);
        Assert.Equal("IWM", query["small"]);
        Assert.Equal("SPY", query["large"]);
        cut.WaitForAssertion(() => Assert.Equal("from the close of 2024-09-30 to 2024-12-31", SpreadPage.WindowTitle(cut, "IWM")), Wait);
        Assert.Equal("true", cut.Find("button[data-range='3m']").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("button[data-range='1y']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void ClickBasis_TotalReturn_RelabelsAndShowsDividendAdjustedReturns()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=1y", Ready);
        Assert.Contains("price", cut.Find("[data-testid=basis-name]").TextContent, StringComparison.Ordinal);
        Assert.Equal(Percent(OneYearReturn("IWM", total: false)), ReturnText(cut, "IWM", "1Y"));

        cut.FindAll(".basis-toggle .mud-toggle-item").Single(e => e.TextContent.Trim() == "Total return").Click();

        Assert.Equal("total", SpreadPage.QueryOf(Nav.Uri)["basis"]);
        cut.WaitForAssertion(() => Assert.Equal(Percent(OneYearReturn("IWM", total: true)), ReturnText(cut, "IWM", "1Y")), Wait);
        Assert.StartsWith("total return", cut.Find("[data-testid=basis-name]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=basis-label]"), l => Assert.Contains("total return", l.TextContent, StringComparison.Ordinal));
        Assert.Contains("total return", cut.Find("[data-testid=returns-table] caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NavigateBack_EarlierAddress_PageFollowsTheUrl()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=3m", Ready);
        Assert.Equal("from the close of 2024-09-30 to 2024-12-31", SpreadPage.WindowTitle(cut, "IWM"));

        // What the browser's back button does: a location change to the earlier address, not a control event.
        Nav.NavigateTo("/spread?small=IWM&large=SPY&range=1y");

        cut.WaitForAssertion(() => Assert.Equal("from the close of 2023-12-29 to 2024-12-31", SpreadPage.WindowTitle(cut, "IWM")), Wait);
        Assert.Equal("true", cut.Find("button[data-range='1y']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void ShareFrozenLink_RelativeRange_PinsFromToAndAsOf()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=3m", Ready);

        cut.Find("[data-testid=share-menu] button").Click();
        cut.WaitForElement("[data-testid=share-frozen]", Wait).Click();

        var link = cut.WaitForElement("[data-testid=share-result]", Wait).TextContent.Trim();
        var query = SpreadPage.QueryOf(link);
        Assert.StartsWith("http://localhost/spread?", link, StringComparison.Ordinal);
        Assert.False(query.ContainsKey("range"));
        // 3M before 2024-12-31 has its base close on 2024-09-30, so the window starts the day after.
        Assert.Equal("2024-10-01", query["from"]);
        Assert.Equal("2024-12-31", query["to"]);
        Assert.Equal("2024-12-31", query["asof"]);
        Assert.Equal("IWM", query["small"]);
        Assert.Equal("SPY", query["large"]);
    }

    [Fact]
    public void OpenFrozenLink_SameWindowAsTheRelativeView()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&from=2024-10-01&to=2024-12-31&asof=2024-12-31", Ready);

        Assert.Equal("from the close of 2024-09-30 to 2024-12-31", SpreadPage.WindowTitle(cut, "IWM"));
        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
    }

    [Fact]
    public void Render_BadParameters_ShowsNoticesNamingThem()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM,NOPE&large=SPY&range=2q&asof=2024-13-45", Ready);

        var notices = cut.FindAll("[data-testid=query-notices] li").Select(li => li.TextContent).ToList();
        Assert.Contains(notices, n => n.Contains("'range'", StringComparison.Ordinal) && n.Contains("2q", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'asof'", StringComparison.Ordinal) && n.Contains("2024-13-45", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'small'", StringComparison.Ordinal) && n.Contains("NOPE", StringComparison.Ordinal));
        // The defaults still show: IWM vs SPY over one year.
        Assert.Equal(["IWM", "SPY"], SpreadPage.ReturnSymbols(cut));
        Assert.Equal("from the close of 2023-12-29 to 2024-12-31", SpreadPage.WindowTitle(cut, "IWM"));
    }

    [Fact]
    public void Render_NoSmallSymbolInStore_ExplainsWhyTheViewIsEmpty()
    {
        Nav.NavigateTo("/spread?small=NOPE&large=SPY");
        var cut = Render<Spread>();

        var empty = cut.WaitForElement("[data-testid=empty-state]", Wait).TextContent;
        Assert.Contains("small", empty, StringComparison.Ordinal);
        Assert.Contains("/data", empty, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=returns-table]"));
    }

    [Fact]
    public void RemoveChip_SecondSmallSymbol_UpdatesUrlAndTable()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM,IJR&large=SPY&range=1y", Ready);
        Assert.Equal(["IWM", "IJR", "SPY"], SpreadPage.ReturnSymbols(cut));

        var ijr = cut.FindAll("[data-testid=picker-small] .mud-chip").Single(c => c.TextContent.Trim() == "IJR");
        ijr.QuerySelector(".mud-chip-close-button")!.Click();

        Assert.Equal("IWM", SpreadPage.QueryOf(Nav.Uri)["small"]);
        cut.WaitForAssertion(() => Assert.Equal(["IWM", "SPY"], SpreadPage.ReturnSymbols(cut)), Wait);
    }

    [Fact]
    public void ClickTable_ReturnsChart_ListsEverySessionOfTheWindow()
    {
        var cut = RenderAt<Spread>("/spread?small=IWM&large=SPY&range=3m", Ready);
        var panel = cut.Find("[data-chart=spread-returns]");

        panel.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Table").Click();

        var rows = cut.Find("[data-chart=spread-returns] .chart-table").QuerySelectorAll("tbody tr");
        // Weekdays from the base close 2024-09-30 to 2024-12-31 inclusive: 1 + 23 (Oct) + 21 (Nov) + 22 (Dec) = 67,
        // well under the 2,000-point cap, so no point is dropped.
        var expected = TestMarket.Weekdays(TestMarket.End).Count(d => d >= new DateOnly(2024, 9, 30));
        Assert.Equal(67, expected);
        Assert.Equal(expected, rows.Length);
        // Newest first.
        Assert.Equal("2024-12-31", rows[0].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("2024-09-30", rows[^1].QuerySelector("th")!.TextContent.Trim());
        // Cumulative return is zero at the base close for both symbols, printed as the chart's % axis prints it.
        Assert.All(rows[^1].QuerySelectorAll("td"), c => Assert.Equal("0.00 %", c.TextContent.Trim()));
    }

    private static string ReturnText(IRenderedComponent<Spread> cut, string symbol, string column) =>
        SpreadPage.ReturnCell(cut, symbol, column).QuerySelector("span")!.TextContent.Trim();

    [Fact]
    public void UnknownSymbol_NoticeAndOtherSymbolsStillShown()
    {
        var page = RenderAt<Spread>("/spread?small=IWM,NOPE&large=SPY", Ready);
        Assert.Contains("NOPE is not in the database", page.Find("[data-testid=query-notices]").TextContent, StringComparison.Ordinal);
        Assert.Contains("IWM", page.Find("[data-testid=returns-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleSymbol_BadgeShown()
    {
        // DIA ends 2024-11-29, before the as-of date 2024-12-31 of IWM and SPY.
        var page = RenderAt<Spread>("/spread?small=IWM&large=SPY,DIA", Ready);
        Assert.NotEmpty(page.FindAll("[data-testid=stale-badge]"));
    }

    /// <summary>1Y return at 2024-12-31 from the synthetic formula: base close 2023-12-29, times the factor ratio for total return.</summary>
    private static double OneYearReturn(string symbol, bool total)
    {
        var days = TestMarket.Weekdays(TestMarket.End);
        var b = days.IndexOf(new DateOnly(2023, 12, 29));
        var e = days.IndexOf(new DateOnly(2024, 12, 31));
        var r = TestMarket.Close(symbol, e) / TestMarket.Close(symbol, b);
        if (total)
        {
            r *= TestMarket.Factor(e) / TestMarket.Factor(b);
        }

        return r - 1.0;
    }

    private static string Percent(double r) => (r >= 0 ? "+" : "\u2212") + Math.Abs(r * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";
}
