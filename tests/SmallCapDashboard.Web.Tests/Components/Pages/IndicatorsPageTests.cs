using System.Globalization;
using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>/indicators over the test market, whose SYNA symbol holds the TA-Lib reference bars.</summary>
public class IndicatorsPageTests : DashboardContext
{
    // The hit-rate table renders once the model is built (the chart panel is there from the first render, while loading).
    private const string Ready = "[data-testid=hit-rate-table]";

    [Fact]
    public void Render_SynaTwoYearWindow_SignalTableListsTheReferenceCrosses()
    {
        // Window 2016-01-01..2017-12-31: the base close is 2015-12-31 (no cross that day), so the table holds exactly
        // the 10/50 crosses of ../shared/data/reference/SYNA/crossovers.csv dated inside the window.
        var from = new DateOnly(2016, 1, 1);
        var to = new DateOnly(2017, 12, 31);
        var expected = TestMarket.ReferenceRows("SYNA", "crossovers.csv")
            .Where(r => r[1] == "10/50")
            .Select(r => (Date: DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Type: r[2]))
            .Where(r => r.Date >= from && r.Date <= to)
            .Select(r => $"{r.Date:yyyy-MM-dd} {(r.Type == "golden" ? "Golden cross" : "Death cross")} 10/50 MA")
            .Reverse() // the table lists the newest first
            .ToList();
        Assert.Equal(15, expected.Count);

        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50&from=2016-01-01&to=2017-12-31", "[data-testid=signal-table]");

        var crosses = SignalTableRows.All(cut)
            .Where(r => r[1] is "Golden cross" or "Death cross")
            .Select(r => string.Join(' ', r.Take(3)))
            .ToList();
        Assert.Equal(expected, crosses);
    }

    [Fact]
    public void Render_SynaCross_ShowsForwardReturnFromTheBarsFile()
    {
        // Golden 10/50 cross on 2016-07-29 (crossovers.csv). Its 1M forward return runs from that close to the last
        // close on or before 2016-08-29, read straight from bars.csv.
        var bars = TestMarket.ReferenceRows("SYNA", "bars.csv")
            .Select(r => (Date: DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Close: double.Parse(r[4], CultureInfo.InvariantCulture)))
            .ToList();
        var start = bars.Single(b => b.Date == new DateOnly(2016, 7, 29)).Close;
        var later = bars.Last(b => b.Date <= new DateOnly(2016, 8, 29)).Close;
        var r1m = later / start - 1;
        var expected = (r1m >= 0 ? "+" : "\u2212") + Math.Abs(r1m * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";

        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50&from=2016-07-01&to=2016-08-31", "[data-testid=signal-table]");

        var row = SignalTableRows.Row(cut, "Golden cross", "2016-07-29");
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(start.ToString("G6", CultureInfo.InvariantCulture), cells[3]);
        Assert.Equal(expected, cells[4]);
    }

    [Fact]
    public void Render_WindowBeforeFirstBar_ExplainsAndShowsLatestData()
    {
        // SYNA's first bar is 2015-01-05 (bars.csv); a window ending 2014-06-30 has no data.
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&from=2014-01-01&to=2014-06-30", "[data-testid=query-notices]");

        var notice = cut.Find("[data-testid=query-notices]").TextContent;
        Assert.Contains("2014-06-30", notice, StringComparison.Ordinal);
        Assert.Contains("2015-01-05", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownSymbol_ExplainsWhyNothingIsShown()
    {
        Nav.NavigateTo("/indicators?symbol=NOPE");
        var cut = Render<Indicators>();

        var empty = cut.WaitForElement("[data-testid=empty-state]", Wait).TextContent;
        Assert.Contains("NOPE", empty, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=chart-panel]"));
    }

    [Fact]
    public void Render_BadParameters_ShowsNotices()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&rsi=1000&macd=26,12,9&colour=red", Ready);

        var notices = cut.FindAll("[data-testid=query-notices] li").Select(li => li.TextContent).ToList();
        Assert.Contains(notices, n => n.Contains("'rsi'", StringComparison.Ordinal) && n.Contains("1000", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("'macd'", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("colour", StringComparison.Ordinal));
    }

    [Fact]
    public void ClickBasis_TotalReturn_ChartLabelFollows()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=IWM&range=1y", Ready);
        Assert.Contains("price", cut.Find("[data-testid=basis-label]").TextContent, StringComparison.Ordinal);

        cut.FindAll(".basis-toggle .mud-toggle-item").Single(e => e.TextContent.Trim() == "Total return").Click();

        Assert.Equal("total", SpreadPage.QueryOf(Nav.Uri)["basis"]);
        Assert.Equal("IWM", SpreadPage.QueryOf(Nav.Uri)["symbol"]);
        cut.WaitForAssertion(
            () => Assert.Contains("total return", cut.Find("[data-testid=basis-label]").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void ClickPreset_Max_UpdatesUrlAndKeepsSymbol()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50&range=1y", Ready);

        cut.Find("button[data-range='max']").Click();

        var query = SpreadPage.QueryOf(Nav.Uri);
        Assert.Equal("max", query["range"]);
        Assert.Equal("SYNA", query["symbol"]);
        Assert.Equal("10,50", query["ma"]);
        // Max starts at the first bar (2015-01-05 in bars.csv): the earliest signal row can be no earlier and the
        // 2015-04-17 death cross from crossovers.csv is now in the table.
        cut.WaitForAssertion(() =>
        {
            Assert.Contains("2015-04-17", SignalTableRows.Dates(cut, "Death cross"));
        }, Wait);
    }

    [Fact]
    public void SignalTable_ReferenceBars_ListsEveryTaLibCross()
    {
        Nav.NavigateTo("/indicators?symbol=SYNA&range=max&ma=10,50,200");
        var page = Render<Indicators>();
        page.WaitForElement("[data-testid=signal-table]", TimeSpan.FromSeconds(20));
        var rows = SignalTableRows.All(page);
        var crosses = TestMarket.ReferenceRows("SYNA", "crossovers.csv");
        Assert.NotEmpty(crosses);
        foreach (var c in crosses)
        {
            var signal = c[2] == "golden" ? "Golden cross" : "Death cross";
            Assert.Contains(rows, r => r[0] == c[0] && r[1] == signal && r[2] == c[1] + " MA");
        }

        // One row per pair's cross (a 10/50 and a 50/200 cross on the same day are two rows), newest first.
        var crossRows = rows.Count(r => r[1] is "Golden cross" or "Death cross");
        Assert.Equal(crosses.Length, crossRows);
        Assert.Equal(rows.Select(r => r[0]).OrderByDescending(d => d, StringComparer.Ordinal), rows.Select(r => r[0]));
    }

    [Fact]
    public void RatioSymbol_RendersChartWithoutVolume()
    {
        Nav.NavigateTo("/indicators?symbol=IWM:SPY&range=3y");
        var page = Render<Indicators>();
        page.WaitForElement("[data-testid=hit-rate-table]", TimeSpan.FromSeconds(20));
        Assert.Empty(page.FindAll("[data-testid=query-notices]"));
        Assert.Contains("IWM:SPY", page.Find("[data-chart=indicators]").ParentElement!.OuterHtml, StringComparison.Ordinal);
    }

}
