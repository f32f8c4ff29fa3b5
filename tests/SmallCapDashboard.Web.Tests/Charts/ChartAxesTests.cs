using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Tests.Charts;

/// <summary>Axis scaling and labels as plotly makes them: autorange padding, round ticks, d3 formats, date ticks.</summary>
public class ChartAxesTests
{
    private static readonly DateOnly[] Days = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)];

    [Fact]
    public void YRange_Bars_KeepZeroAndPadOnlyTheOtherSide()
    {
        var figure = new ChartFigure("t", "b", [new ChartPane("v")], [new ChartTrace("A", Days, [1, 2, 3], TraceKind.Bar)]);

        var (low, high) = ChartAxes.YRange(figure, 0);

        // Zero is the bars' base (no padding below it); 3 padded by 5 % of the axis: 3 + 3 × 0.05 / 0.95.
        Assert.Equal(0, low);
        Assert.Equal(3.157895, high, 6);
    }

    [Theory]
    [InlineData(0.125, ".1%", 0.1, 1, "12.5%")]
    [InlineData(-0.05, ".1%", 0.05, 1, "\u22125.0%")]
    [InlineData(0, ".0%", 0.1, 1, "0%")]
    [InlineData(1_500_000, "~s", 500_000, 2_000_000, "1.5M")]
    [InlineData(-2e9, "~s", 1e9, 2e9, "\u22122G")]
    [InlineData(5e8, null, 5e8, 1e9, "0.5B")]
    [InlineData(0, null, 5e8, 1e9, "0")]
    [InlineData(2.5, null, 0.5, 10, "2.5")]
    [InlineData(1000, null, 500, 1500, "1,000")]
    [InlineData(-1, ".2f", 1, 2, "\u22121.00")]
    [InlineData(0, ".2f", 1, 2, "0.00")]
    [InlineData(0.5, ".1f", 0.5, 2, "0.5")]
    public void TickLabel_AsPlotlyPrintsThePanesFormat(double value, string? format, double step, double largest, string expected) =>
        Assert.Equal(expected, ChartAxes.TickLabel(value, format, step, largest));

    [Fact]
    public void MarginLeft_WideLabels_RoomForTheWidestLabelAndTheTitle()
    {
        // −1500 % to +500 %: padded to −1611 % … 611 %, ticks 5 (500 %) apart on a 202 px pane, widest "−1500.0%":
        // minus 10.2 + five digits 7.8 + point 3.9 + per cent 11.6 = 64.7 px (Chromium measured 64.7 px for that label
        // on /leveraged), + 3 gap + 6 standoff + 16 title + 2 = 91.7, rounded up.
        var figure = new ChartFigure("t", "b", [new ChartPane("Return", TickFormat: ".1%")], [new ChartTrace("A", Days, [-15, 0, 5])]);

        Assert.Equal(64.7, ChartAxes.LabelWidth("\u22121500.0%"), 6);
        Assert.Equal(92, StaticChart.MarginLeft(figure));
    }

    [Fact]
    public void MarginLeft_NarrowLabels_AtLeast56() =>
        Assert.Equal(56, StaticChart.MarginLeft(new ChartFigure("t", "b", [new ChartPane("RSI")], [new ChartTrace("A", Days, [20, 50, 80])])));

    [Fact]
    public void LinearTicks_RoundStepsInsideTheRange() =>
        // (1.0556 + 0.0556) / 6 = 0.185, rounded up to the next 1, 2 or 5 × 10ⁿ: 0.2.
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1.0], ChartAxes.LinearTicks(-0.0556, 1.0556, 6));

    [Fact]
    public void DateTicks_YearsOverDecadesAndMonthsOverAYear()
    {
        Assert.Equal(["2005", "2010", "2015", "2020", "2025"],
            ChartAxes.DateTicks(new DateOnly(2000, 5, 26), new DateOnly(2025, 12, 24)).Select(t => t.Label));
        Assert.Equal(["Jan 2025", "Mar", "May", "Jul", "Sep", "Nov"],
            ChartAxes.DateTicks(new DateOnly(2024, 12, 24), new DateOnly(2025, 12, 24)).Select(t => t.Label));
    }
}
