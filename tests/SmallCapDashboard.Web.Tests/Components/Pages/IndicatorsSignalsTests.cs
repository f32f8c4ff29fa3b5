using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Services.Indicators;
using SmallCapDashboard.Web.Tests.Harness;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>
/// /indicators on SYNA (the TA-Lib reference bars): the signal history newest first, filterable and paged; hit rates
/// per moving-average pair and type with readable names; EMA overlays; the window's trough and peak.
/// </summary>
public class IndicatorsSignalsTests : DashboardContext
{
    private const string Ready = "[data-testid=hit-rate-table]";

    private static List<string[]> Crosses() => [.. TestMarket.ReferenceRows("SYNA", "crossovers.csv")];

    [Fact]
    public void Render_MaxRange_FirstPageIsTheNewestSignalsOnly()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50,200&range=max", Ready);

        var rows = SignalTableRows.Cells(cut);
        Assert.Equal(SmallCapDashboard.Web.Components.Shared.SignalTable.PageSize, rows.Count);
        // The newest cross of crossovers.csv is on the first page; the oldest (2015-04-17) is not.
        var newest = Crosses().Select(c => c[0]).Max(StringComparer.Ordinal)!;
        Assert.Contains(rows, r => r[0] == newest);
        Assert.DoesNotContain(rows, r => r[0] == "2015-04-17");
        Assert.Equal(rows.Select(r => r[0]).OrderByDescending(d => d, StringComparer.Ordinal), rows.Select(r => r[0]));
    }

    [Fact]
    public void TypeFilter_FiftyTwoHundredGolden_ListsExactlyThoseCrosses()
    {
        var expected = Crosses().Where(c => c[1] == "50/200" && c[2] == "golden").Select(c => c[0]).OrderByDescending(d => d, StringComparer.Ordinal).ToList();
        Assert.Equal(10, expected.Count);
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50,200&range=max", Ready);

        cut.Find("input[data-testid=signal-filter], [data-testid=signal-filter] input").Input("golden 50/200");

        cut.WaitForAssertion(() => Assert.Equal(expected, SignalTableRows.Cells(cut).Select(r => r[0]).ToList()), Wait);
    }

    [Fact]
    public void Render_HitRates_OneRowPerPairAndTypeWithReadableNames()
    {
        var crosses = Crosses();
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50,200&range=max", Ready);

        var rows = cut.FindAll("[data-testid=hit-rate-table] tbody tr")
            .ToDictionary(r => r.GetAttribute("data-signal")!, r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        foreach (var (pair, type) in new[] { ("10/50", "golden"), ("10/50", "death"), ("50/200", "golden"), ("50/200", "death") })
        {
            var count = crosses.Count(c => c[1] == pair && c[2] == type);
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), rows[$"{pair} {type} cross"]);
        }

        Assert.DoesNotContain(rows.Keys, k => k.Contains("GoldenCross", StringComparison.Ordinal) || k.Contains("DeathCross", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_Ema20_MatchesTaLibReference()
    {
        var view = Services.GetRequiredService<IndicatorsView>();
        var query = IndicatorsQuery.Parse("/indicators?symbol=SYNA&range=max&ema=20", out var notices);
        Assert.Empty(notices);
        Assert.Equal("range=max&symbol=SYNA&ma=10,50,200&ema=20", query.ToQuery());

        var model = await view.BuildAsync(query);

        var ema = Assert.Single(model.ExponentialAverages);
        Assert.Equal(20, ema.Period);
        var reference = TestMarket.ReferenceRows("SYNA", "ema_20.csv")
            .Where(r => r.Length > 1 && r[1].Length > 0)
            .ToDictionary(r => DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), r => double.Parse(r[1], CultureInfo.InvariantCulture));
        var compared = 0;
        for (var i = 0; i < model.Dates.Length; i++)
        {
            if (reference.TryGetValue(model.Dates[i], out var expected))
            {
                Assert.Equal(expected, ema.Values[i], 1e-9);
                compared++;
            }
        }

        Assert.True(compared > 2000);
        var figure = IndicatorsChart.Build(model, 2000);
        var trace = Assert.Single(figure.Traces, t => t.Name == "EMA 20");
        Assert.Equal("dash", trace.Dash);
    }

    [Fact]
    public void ChangeEma_Field_WritesEmaParameter()
    {
        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&ma=10,50&range=1y", Ready);

        cut.Find("input[data-testid=ema-field], [data-testid=ema-field] input").Change("20, 1000");

        var query = SpreadPage.QueryOf(Nav.Uri);
        Assert.Equal("20", query["ema"]);
        Assert.Equal("10,50", query["ma"]);
    }

    [Fact]
    public void Render_Window_ShowsTroughAndPeakFromTheBars()
    {
        // 2016: the lowest and highest closes of bars.csv in the window (after the base close 2015-12-31).
        var bars = TestMarket.ReferenceRows("SYNA", "bars.csv")
            .Select(r => (Date: r[0], Close: double.Parse(r[4], CultureInfo.InvariantCulture)))
            .Where(b => string.CompareOrdinal(b.Date, "2016-01-01") >= 0 && string.CompareOrdinal(b.Date, "2016-12-31") <= 0)
            .ToList();
        var trough = bars.MinBy(b => b.Close).Date;
        var peak = bars.MaxBy(b => b.Close).Date;

        var cut = RenderAt<Indicators>("/indicators?symbol=SYNA&from=2016-01-01&to=2016-12-31", Ready);

        Assert.Equal(trough, cut.Find("[data-testid=trough-date]").TextContent.Trim());
        Assert.Equal(peak, cut.Find("[data-testid=peak-date]").TextContent.Trim());
    }

    [Fact]
    public async Task Build_MaxRange_OneMarkerTraceForEveryCross()
    {
        // Every cross of crossovers.csv (10/50 and 50/200) in one marker trace, coloured and shaped per type.
        var crosses = Crosses().OrderBy(c => c[0], StringComparer.Ordinal).ToList();
        var view = Services.GetRequiredService<IndicatorsView>();
        var model = await view.BuildAsync(IndicatorsQuery.Parse("/indicators?symbol=SYNA&ma=10,50,200&range=max", out _));

        var figure = IndicatorsChart.Build(model, 2000);

        var markers = Assert.Single(figure.Traces, t => t.Kind == TraceKind.Markers && t.Pane == 0);
        Assert.Equal(crosses.Count, markers.X.Length);
        var expected = crosses
            .Select(c => $"{c[0]} {(c[2] == "golden" ? IndicatorsChart.GoldenColor : IndicatorsChart.DeathColor)} {(c[2] == "golden" ? "triangle-up" : "triangle-down")}")
            .Order(StringComparer.Ordinal);
        var actual = markers.X.Select((d, i) => $"{d:yyyy-MM-dd} {markers.PointColors![i]} {markers.PointSymbols![i]}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Build_LongWindow_LowerPanesHalfThePoints_OnTheModelsValuesAndDivergenceDays()
    {
        var view = Services.GetRequiredService<IndicatorsView>();
        var model = await view.BuildAsync(IndicatorsQuery.Parse("/indicators?symbol=SYNA&ma=10,50,200&range=max", out _));
        Assert.True(model.Dates.Length > 2000);

        var figure = IndicatorsChart.Build(model, 400);

        var close = Assert.Single(figure.Traces, t => t.Name == "SYNA close");
        var rsi = Assert.Single(figure.Traces, t => t.Name.StartsWith("RSI 14", StringComparison.Ordinal));
        var macd = Assert.Single(figure.Traces, t => t.Name == "MACD");
        // The price pane: 400 points plus the crosses and extremes LTTB keeps; RSI and MACD: 200 plus theirs.
        Assert.InRange(close.X.Length, 400, 400 + model.Crosses.Count + 20);
        Assert.InRange(rsi.X.Length, 200, 200 + (2 * model.Divergences.Count) + 10);
        Assert.Equal(rsi.X, macd.X);
        // Every drawn point is the model's own value on that day, and every divergence's days are drawn.
        var day = model.Dates.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        Assert.All(rsi.X.Select((d, i) => (d, i)), p => Assert.Equal(model.Rsi[day[p.d]], rsi.Y[p.i]));
        Assert.All(model.Divergences, d => Assert.Contains(d.SecondDate, rsi.X));
    }
}
