using SmallCapDashboard.Web.Url;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Flows;
using static SmallCapDashboard.Web.Tests.Harness.FlowTestData;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Flows;

public sealed class FlowsChartsTests
{
    private static FlowsModel Model(FlowGranularity granularity = FlowGranularity.Daily)
    {
        var view = FlowViewBuilder.Build(FiveDays(), null, null, D("2024-01-08"));
        return new FlowsModel(
            FlowsQuery.Parse("/flows?funds=TEST", out _), new ResolvedWindow(D("2024-01-08"), 0, 4, D("2024-01-02"), D("2024-01-08"), D("2024-01-02")), D("2024-01-02"), D("2024-01-08"), granularity,
            [view], [], [], []);
    }

    [Fact]
    public void Split_ModelledThenRealThenModelled_JoinsAtTheChanges()
    {
        DateOnly[] axis = [D("2024-01-02"), D("2024-01-03"), D("2024-01-04"), D("2024-01-05")];
        double?[] values = [1, 2, 3, 4];
        bool[] modelled = [true, false, false, true];

        var (real, model) = FlowsCharts.Split(axis, axis, values, modelled);

        // Real: 2 and 3 only. Modelled: 1, then 2 to join the real line, then 3 and 4 to join back.
        Assert.Equal([double.NaN, 2, 3, double.NaN], real);
        Assert.Equal([1, 2, 3, 4], model);
    }

    [Fact]
    public void Split_FundMissingOnAxisDays_LeavesGaps()
    {
        DateOnly[] axis = [D("2024-01-02"), D("2024-01-03"), D("2024-01-04")];

        var (real, model) = FlowsCharts.Split(axis, [D("2024-01-03")], [5], [false]);

        Assert.Equal([double.NaN, 5, double.NaN], real);
        Assert.All(model, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Bars_ModelledDays_AreAPaleHatchedTraceNamedModelled()
    {
        var figure = FlowsCharts.Bars(Model());

        var real = Assert.Single(figure.Traces, t => t.Name == "TEST");
        var modelled = Assert.Single(figure.Traces, t => t.Name == "TEST" + FlowsCharts.ModelledSuffix);
        Assert.Equal(TraceKind.Bar, modelled.Kind);
        Assert.Equal(FlowsCharts.ModelledPattern, modelled.Pattern);
        Assert.Null(real.Pattern);
        Assert.NotEqual(real.Color, modelled.Color);
        // One slot per fund: a day is real or modelled, never both.
        Assert.Equal(("TEST", "TEST"), (real.BarGroup, modelled.BarGroup));
        // Real bars: −100 and 500 on 01-04 and 01-05; modelled: 100 on 01-03 and 150 on 01-08 (FiveDays hand values).
        Assert.Equal(500.0, real.Y[3]);
        Assert.Equal(150.0, modelled.Y[4]);
        Assert.True(double.IsNaN(modelled.Y[3]));
    }

    [Fact]
    public void Cumulative_ModelledStretch_IsDottedAndNamed()
    {
        var figure = FlowsCharts.Cumulative(Model(), 2000);

        var modelled = Assert.Single(figure.Traces, t => t.Name.EndsWith(FlowsCharts.ModelledSuffix, StringComparison.Ordinal));
        Assert.Equal(FlowsCharts.ModelledDash, modelled.Dash);
        Assert.All(figure.Traces.Where(t => t != modelled), t => Assert.Null(t.Dash));
    }

    [Fact]
    public void Lines_LongAxis_ReducedToBudgetPerTrace()
    {
        var n = 5000;
        var dates = new DateOnly[n];
        var shares = new double?[n];
        var nav = new double?[n];
        var flows = new double?[n];
        var sources = new string[n];
        var modelled = new bool[n];
        for (var i = 0; i < n; i++)
        {
            dates[i] = D("2000-01-03").AddDays(i);
            shares[i] = 1000 + Math.Sin(i / 10.0) * 100;
            nav[i] = 10;
            sources[i] = i < 2500 ? "model:v1" : "real";
            modelled[i] = i < 2500;
        }

        var days = new Data.Queries.FundDaySeries("LONG", dates, shares, nav, flows, new double?[n], sources, modelled);
        var view = FlowViewBuilder.Build(days, null, null, dates[^1]);
        var model = new FlowsModel(FlowsQuery.Parse("/flows?funds=LONG", out _), new ResolvedWindow(dates[^1], 0, n - 1, dates[0], dates[^1], dates[0]), dates[0], dates[^1], FlowGranularity.Monthly, [view], [], [], []);

        var figure = FlowsCharts.Aum(model, 2000);

        // AUM is flagged day by day: a real and a modelled trace, each sent with 2,000 of the 5,000 days.
        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal(2000, t.X.Length));
    }
}
