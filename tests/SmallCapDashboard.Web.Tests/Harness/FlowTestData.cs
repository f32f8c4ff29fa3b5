using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>Small hand-made series for the flow and leverage view tests.</summary>
internal static class FlowTestData
{
    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd");

    /// <summary>
    /// Five days of a fund: shares 100, 110, 105, 105, 120; NAV 10, 10, 20, 20, 10; a reported flow of 500 on
    /// 2024-01-05 only; the first two days and the last are modelled.
    /// </summary>
    public static FundDaySeries FiveDays() => new(
        "TEST",
        [D("2024-01-02"), D("2024-01-03"), D("2024-01-04"), D("2024-01-05"), D("2024-01-08")],
        [100, 110, 105, 105, 120],
        [10, 10, 20, 20, 10],
        [null, null, null, 500, null],
        [null, null, null, null, null],
        ["model:v1", "model:v1", "ProShares historical NAV", "ProShares historical NAV", "model:v1"],
        [true, true, false, false, true]);

    public static BarSeries Bars(string symbol, DateOnly[] dates, double[] closes) =>
        new(symbol, PriceBasis.Price, dates, closes, closes, closes, closes, new double[dates.Length], Ones(dates.Length));

    private static double[] Ones(int n)
    {
        var a = new double[n];
        Array.Fill(a, 1.0);
        return a;
    }
}
