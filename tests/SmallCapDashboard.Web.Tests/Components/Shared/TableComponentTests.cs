using Bunit;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Services.Indicators;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>Returns table, signal table, notices and empty states rendered on their own.</summary>
public class TableComponentTests : DashboardContext
{
    [Theory]
    [InlineData(0.12345, "+12.35 %")]
    [InlineData(-0.05, "\u22125.00 %")]
    [InlineData(0.0, "+0.00 %")]
    [InlineData(double.NaN, "—")]
    [InlineData(null, "—")]
    public void Percent_Value_SignedTwoDecimalsAsTheChartPrintsThem(double? value, string expected) =>
        Assert.Equal(expected, ReturnsTable.Percent(value));

    [Fact]
    public void Render_ReturnsRows_ShowsPercentTitleAndRank()
    {
        PeriodReturnRow[] rows =
        [
            new("IWM", [
                new PeriodReturnCell("1M", 0.031, new DateOnly(2024, 11, 29), new DateOnly(2024, 12, 31), "highest since 2021-03-15"),
                new PeriodReturnCell("1Y", null, null, null, ""),
            ]),
        ];

        var cut = Render<ReturnsTable>(p => p.Add(t => t.Rows, rows).Add(t => t.BasisLabel, "price basis label"));

        Assert.Equal(["Symbol", "1M", "1Y"], cut.FindAll("thead th").Select(h => h.TextContent.Trim()));
        var cells = cut.FindAll("tbody td");
        Assert.Equal("+3.10 %", cells[0].QuerySelector("span")!.TextContent.Trim());
        Assert.Equal("from the close of 2024-11-29 to 2024-12-31", cells[0].GetAttribute("title"));
        Assert.Equal("highest since 2021-03-15", cells[0].QuerySelector(".rank")!.TextContent.Trim());
        Assert.Equal("—", cells[1].QuerySelector("span")!.TextContent.Trim());
        Assert.Equal("not enough history", cells[1].GetAttribute("title"));
        Assert.Contains("price basis label", cut.Find("caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoReturnRows_ExplainsEmptyTable()
    {
        var cut = Render<ReturnsTable>(p => p.Add(t => t.Rows, []).Add(t => t.BasisLabel, "x"));

        Assert.Contains("no symbol has data in this window", cut.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=returns-table]"));
    }

    [Fact]
    public void Render_NoSignals_ExplainsEmptyTable()
    {
        var cut = Render<SignalTable>(p => p.Add(t => t.Rows, []).Add(t => t.BasisLabel, "x"));

        Assert.Contains("Try a longer range", cut.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=signal-table]"));
    }

    [Fact]
    public void Render_SignalWithoutFuture_ShowsDashForMissingReturns()
    {
        SignalRow[] rows = [new(new DateOnly(2024, 12, 20), "Golden cross", "10/50 MA", 101.5, 0.02, null, null)];

        var cut = Render<SignalTable>(p => p.Add(t => t.Rows, rows).Add(t => t.BasisLabel, "x"));

        var cells = cut.FindAll("tbody td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["2024-12-20", "Golden cross", "10/50 MA", "101.5", "+2.00 %", "—", "—"], cells);
    }

    private static SignalRow[] ThirtySignals() =>
        [.. Enumerable.Range(0, 30).Select(i => new SignalRow(new DateOnly(2024, 1, 1).AddDays(i), i % 2 == 0 ? "Golden cross" : "Death cross", "10/50 MA", 100 + (i * 7 % 30), null, null, null))];

    private static string[] Column(IRenderedComponent<SignalTable> cut, int index) =>
        [.. cut.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[index].TextContent.Trim())];

    [Fact]
    public void SortHeader_Clicks_AscendingThenDescendingThenRowOrder()
    {
        var rows = ThirtySignals();
        var cut = Render<SignalTable>(p => p.Add(t => t.Rows, rows).Add(t => t.BasisLabel, "x"));
        Assert.Equal("2024-01-30", Column(cut, 0)[0]);
        Assert.Equal("descending", cut.FindAll("thead th")[0].GetAttribute("aria-sort"));

        // Sort labels are buttons, so the keyboard reaches and presses them.
        Assert.All(cut.FindAll("thead th .mud-table-sort-label"), l => Assert.Equal("BUTTON", l.TagName));
        var close = () => cut.FindAll("thead th .mud-table-sort-label")[3];
        close().Click();
        Assert.Equal("100", Column(cut, 3)[0]);
        Assert.Equal("ascending", cut.FindAll("thead th")[3].GetAttribute("aria-sort"));
        close().Click();
        Assert.Equal("129", Column(cut, 3)[0]);
        close().Click();
        Assert.Equal("2024-01-01", Column(cut, 0)[0]);
        Assert.All(cut.FindAll("thead th"), th => Assert.Equal("none", th.GetAttribute("aria-sort")));
    }

    [Fact]
    public void PhoneSortSelect_ColumnAndDirection_OrdersTheRows()
    {
        var rows = ThirtySignals();
        var cut = Render<SignalTable>(p => p.Add(t => t.Rows, rows).Add(t => t.BasisLabel, "x"));
        var select = () => cut.Find(".signal-sort-select");
        Assert.Equal("Date|desc", select().QuerySelector("option[selected]")?.GetAttribute("value"));

        select().Change("Close|desc");
        Assert.Equal("129", Column(cut, 3)[0]);
        select().Change("Date|asc");
        Assert.Equal("2024-01-01", Column(cut, 0)[0]);
        select().Change("Date|desc");
        Assert.Equal("2024-01-30", Column(cut, 0)[0]);
        Assert.Equal("descending", cut.FindAll("thead th")[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public void Pager_NextAndPageSize_ShowsTheRowsOfThatPage()
    {
        var rows = ThirtySignals();
        var cut = Render<SignalTable>(p => p.Add(t => t.Rows, rows).Add(t => t.BasisLabel, "x"));
        Assert.Equal(SignalTable.PageSize, cut.FindAll("tbody tr").Count);
        Assert.Equal("1-15 of 30", cut.Find(".mud-table-page-number-information").TextContent.Trim());
        Assert.True(cut.Find(".mud-table-pagination-before-button").HasAttribute("disabled"));

        cut.Find(".mud-table-pagination-next-button").Click();
        Assert.Equal("16-30 of 30", cut.Find(".mud-table-page-number-information").TextContent.Trim());
        Assert.Equal("2024-01-15", Column(cut, 0)[0]);
        Assert.True(cut.Find(".mud-table-pagination-next-button").HasAttribute("disabled"));

        cut.Find("[data-testid=signal-page-size]").Change("10");
        Assert.Equal("1-10 of 30", cut.Find(".mud-table-page-number-information").TextContent.Trim());
        Assert.Equal(10, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public void Filter_TypedThenCleared_NarrowsThenRestoresTheRows()
    {
        var rows = ThirtySignals();
        var cut = Render<SignalTable>(p => p.Add(t => t.Rows, rows).Add(t => t.BasisLabel, "x"));

        cut.Find("input[data-testid=signal-filter]").Input("death 2024-01-3");
        Assert.Equal(["2024-01-30"], Column(cut, 0));
        Assert.Equal("1-1 of 1", cut.Find(".mud-table-page-number-information").TextContent.Trim());

        cut.Find(".mud-input-clear-button").Click();
        Assert.Equal(SignalTable.PageSize, cut.FindAll("tbody tr").Count);
        Assert.Empty(cut.FindAll(".mud-input-clear-button"));
    }

    [Fact]
    public void Render_NoNotices_RendersNothing()
    {
        var cut = Render<QueryNotices>(p => p.Add(n => n.Notices, []));

        Assert.Empty(cut.FindAll("[data-testid=query-notices]"));
    }

    [Fact]
    public void Render_Notices_ListsEachWithItsParameter()
    {
        QueryNotice[] notices = [new("range", "'2q' is not a range."), new("asof", "not a date.")];

        var cut = Render<QueryNotices>(p => p.Add(n => n.Notices, notices));

        var items = cut.FindAll("[data-testid=query-notices] li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Parameter 'range': '2q' is not a range.", "Parameter 'asof': not a date."], items);
    }

    [Fact]
    public void Render_HitRates_ShowsHorizonRateAndMean()
    {
        // 3 of 4 evaluated 10/50 golden crosses rose over 3 months: 75%; mean forward return 4.5%. No evaluated
        // 50/200 death cross: dash. One row per pair and type, read as "10/50 golden cross", a column pair per horizon.
        SignalHitRate[] rates =
        [
            new(SignalKind.GoldenCross, ForwardHorizon.ThreeMonths, 5, 4, 3, 0.75, 0.045, "10/50"),
            new(SignalKind.DeathCross, ForwardHorizon.OneMonth, 1, 0, 0, null, null, "50/200"),
        ];

        var cut = Render<HitRateTable>(p => p.Add(t => t.Rates, rates));

        var rows = cut.FindAll("[data-testid=hit-rate-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        // Signal, signals, 1M rate, 1M mean, 3M rate, 3M mean, 6M rate, 6M mean.
        Assert.Equal(["10/50 golden cross", "5", "—", "—", "75 %", "+4.50 %", "—", "—"], rows[0]);
        Assert.Equal(["50/200 death cross", "1", "—", "—", "—", "—", "—", "—"], rows[1]);
    }
}
