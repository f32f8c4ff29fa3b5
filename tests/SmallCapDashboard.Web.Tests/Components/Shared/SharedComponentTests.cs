using SmallCapDashboard.Analytics.Performance;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

public class SharedComponentTests : DashboardContext
{



    [Fact]
    public void ChartPanel_Figure_ShowsBasisCsvLinkAndTable()
    {
        var dates = new[] { new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3) };
        var figure = new ChartFigure("Test", "Basis: price", [new ChartPane("y")], [new ChartTrace("A", dates, [1.5, 2.5])]);
        var cut = Render<ChartPanel>(p => p.Add(c => c.Figure, figure).Add(c => c.FileName, "t").Add(c => c.CsvHref, "/export/t.csv?x=1"));
        Assert.Equal("Basis: price", cut.Find("[data-testid=basis-label]").TextContent);
        Assert.Equal("/export/t.csv?x=1", cut.Find("a[download]").GetAttribute("href"));
        cut.FindAll("button").Single(b => b.TextContent.Contains("Table", StringComparison.Ordinal)).Click();
        Assert.Contains("2.5", cut.Find("table").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartPanel_RelayoutWithRangeKeys_ReadsZoom()
    {
        // Plotly's relayout event reports a zoom as xaxis.range[0] / xaxis.range[1] date strings (charts.js passes both).
        Assert.True(ChartPanel.TryReadRange("2020-03-02 10:00:00.000", "2020-06-30", out var from, out var to));
        Assert.Equal(new DateOnly(2020, 3, 2), from);
        Assert.Equal(new DateOnly(2020, 6, 30), to);
    }

    [Fact]
    public void ChartPanel_RelayoutCoveringAllData_IsNotAZoom()
    {
        var dates = new[] { new DateOnly(2020, 1, 2), new DateOnly(2020, 12, 31) };
        var figure = new ChartFigure("T", "b", [new ChartPane("y")], [new ChartTrace("A", dates, [1, 2])]);
        Assert.False(ChartPanel.IsNarrowing(figure, new DateOnly(2019, 12, 20), new DateOnly(2021, 1, 5)));
        Assert.True(ChartPanel.IsNarrowing(figure, new DateOnly(2020, 3, 1), new DateOnly(2021, 1, 5)));
    }

    [Fact]
    public void ChartReduction_LongSeries_AtMostTargetAndKeepsMarked()
    {
        var y = Enumerable.Range(0, 6000).Select(i => Math.Sin(i / 50.0)).ToArray();
        var idx = ChartReduction.SelectIndices(y.Length, [y], 2000, [1234, 4321]);
        Assert.True(idx.Length <= 2000);
        Assert.Contains(1234, idx);
        Assert.Contains(4321, idx);
        Assert.Contains(0, idx);
        Assert.Contains(5999, idx);
    }
}
