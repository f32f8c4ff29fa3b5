using SmallCapDashboard.Web.Services.Leveraged;
using static SmallCapDashboard.Web.Tests.Harness.FlowTestData;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Leveraged;

public sealed class LeveragedViewBuilderTests
{
    private const double Tolerance = 1e-12;
    private static readonly DateOnly[] Days = [D("2024-03-04"), D("2024-03-05"), D("2024-03-06")];

    [Fact]
    public void Build_IndexUpTenDownTen_MatchesHandWorkedQuantities()
    {
        // Index 100 → 110 → 99 (+10 %, −10 %), β = 3, fund 100 → 130 → 90.
        // Daily-reset path: (1 + 3·0.1)(1 − 3·0.1) − 1 = 1.3 × 0.7 − 1 = −0.09.
        // β × index return: 3 × (99/100 − 1) = −0.03. Compounding drag: −0.09 − (−0.03) = −0.06.
        // Fund return: 90/100 − 1 = −0.10. Tracking difference: −0.10 − (−0.09) = −0.01.
        var view = LeveragedViewBuilder.Build(Bars("TNA", Days, [100, 130, 90]), Bars("IWM", Days, [100, 110, 99]), 3, null, Days[^1]);

        Assert.Equal(Days, view.Dates);
        Assert.Equal(-0.09, view.DailyResetPath[^1], Tolerance);
        Assert.Equal(-0.03, view.BetaIndexReturn[^1], Tolerance);
        Assert.Equal(-0.06, view.CompoundingDrag[^1], Tolerance);
        Assert.Equal(-0.10, view.FundReturn[^1], Tolerance);
        Assert.Equal(-0.01, view.TrackingDifference[^1], Tolerance);
        Assert.Equal(0.0, view.DailyResetPath[0], Tolerance);
        Assert.Equal(0.3, view.DailyResetPath[1], Tolerance);
    }

    [Fact]
    public void Build_ExpectedDrag_UsesSampleVolatilityOfLogReturns()
    {
        var view = LeveragedViewBuilder.Build(Bars("TNA", Days, [100, 130, 90]), Bars("IWM", Days, [100, 110, 99]), 3, null, Days[^1]);

        // Log returns a = ln 1.1, b = ln 0.9; sample variance v = ((a − m)² + (b − m)²) / 1 with m = (a + b) / 2.
        // σ² t = (v × 252) × (2 / 252) = 2v; expected log drag = (β² − β)/2 · σ² t = 3 × 2v = 6v.
        double a = Math.Log(1.1), b = Math.Log(0.9), m = (a + b) / 2;
        var v = (a - m) * (a - m) + (b - m) * (b - m);
        Assert.Equal(Math.Sqrt(v * 252), view.RealisedVolatility, 1e-12);
        Assert.Equal(2.0 / 252.0, view.Years, 1e-15);
        Assert.Equal(6 * v, view.Expected.LogDrag, 1e-12);
    }

    [Fact]
    public void Build_InverseFund_DragIsNegativeOnAChoppyIndex()
    {
        // β = −3: path (1 − 0.3)(1 + 0.3) − 1 = −0.09; β × index = −3 × −0.01 = +0.03; drag = −0.12.
        var view = LeveragedViewBuilder.Build(Bars("TZA", Days, [100, 70, 91]), Bars("IWM", Days, [100, 110, 99]), -3, null, Days[^1]);

        Assert.Equal(-0.09, view.DailyResetPath[^1], Tolerance);
        Assert.Equal(0.03, view.BetaIndexReturn[^1], Tolerance);
        Assert.Equal(-0.12, view.CompoundingDrag[^1], Tolerance);
        Assert.Equal(0.0, view.TrackingDifference[^1], Tolerance);
    }

    [Fact]
    public void Build_WindowFromSecondDay_RebasesOnPreviousClose()
    {
        // from 2024-03-06: base close = 2024-03-05 (110); index −10 %, path 1 − 0.3 − 1 = −0.3, drag = −0.3 − (−0.3) = 0.
        var view = LeveragedViewBuilder.Build(Bars("TNA", Days, [100, 130, 90]), Bars("IWM", Days, [100, 110, 99]), 3, Days[2], Days[^1]);

        Assert.Equal([Days[1], Days[2]], view.Dates);
        Assert.Equal(-0.3, view.DailyResetPath[^1], Tolerance);
        Assert.Equal(0.0, view.CompoundingDrag[^1], Tolerance);
        Assert.Equal(90.0 / 130.0 - 1 - (-0.3), view.TrackingDifference[^1], Tolerance);
    }

    [Fact]
    public void Build_IndexEndsEarlier_UsesCommonDatesOnly()
    {
        var fundDays = new[] { Days[0], Days[1], Days[2], D("2024-03-07") };
        var view = LeveragedViewBuilder.Build(Bars("TNA", fundDays, [100, 130, 90, 95]), Bars("^RUT", Days, [100, 110, 99]), 3, null, fundDays[^1]);

        Assert.Equal(Days[^1], view.EndDate);
        Assert.Equal(D("2024-03-07"), view.FundLastDate);
        Assert.Equal(Days[^1], view.IndexLastDate);
    }

    [Fact]
    public void Build_NoCommonDates_IsEmpty()
    {
        var other = new[] { D("2020-01-02"), D("2020-01-03") };
        var view = LeveragedViewBuilder.Build(Bars("TNA", Days, [100, 130, 90]), Bars("IWM", other, [1, 2]), 3, null, Days[^1]);

        Assert.Empty(view.Dates);
        Assert.Empty(view.Distributions);
    }
}
