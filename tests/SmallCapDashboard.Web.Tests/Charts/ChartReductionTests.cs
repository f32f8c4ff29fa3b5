using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Hosting;

namespace SmallCapDashboard.Web.Tests.Charts;

/// <summary>The default point budget on a long window: about one point per pixel column, still faithful.</summary>
public class ChartReductionTests
{
    // 25 years of sessions (252 a year), as /spread or /indicators at max range.
    private const int Count = 6300;

    [Fact]
    public void SelectIndices_DefaultBudget_KeepsBothSeriesExtremesAndTheCrosses()
    {
        // Two aligned series on a gentle wave: the first peaks at index 4000 (+500) and bottoms at 1500 (−500), the
        // second only bottoms at 5999 (−9); both are about 0 everywhere else.
        var a = new double[Count];
        var b = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            a[i] = Math.Sin(i / 50.0);
            b[i] = Math.Cos(i / 70.0);
        }

        a[4000] = 500;
        a[1500] = -500;
        b[5999] = -9;
        int[] crosses = [777, 3333, 6298];

        var picked = ChartReduction.SelectIndices(Count, [a, b], DashboardOptions.DefaultMaxPointsPerTrace, crosses);

        Assert.Equal(DashboardOptions.DefaultMaxPointsPerTrace, picked.Length);
        Assert.Equal([0, 777, 1500, 3333, 4000, 5999, 6298, 6299], new[] { 0, 777, 1500, 3333, 4000, 5999, 6298, 6299 }.Where(picked.Contains));
        Assert.Equal(picked.Order(), picked);
    }

    [Fact]
    public void SelectIndices_DefaultBudget_AboutOnePointPerColumnOfAFullWidthPlot()
    {
        // The plot area of a full-width chart on a 1400 px screen measured 1,063–1,099 px (bench/README.md): the budget
        // gives each column at most about one point, and no window longer than a plot is wide goes out whole.
        var picked = ChartReduction.SelectIndices(Count, [new double[Count]], DashboardOptions.DefaultMaxPointsPerTrace);

        Assert.InRange(picked.Length, 1_063, 1_099 + 50);
        Assert.Equal(DashboardOptions.DefaultMaxPointsPerTrace, new DashboardOptions().MaxPointsPerTrace);
    }
}
