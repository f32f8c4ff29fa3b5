using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Analytics.Leverage;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Analytics.Tests.Core;

/// <summary>Checks on the real bundled prices against facts known from outside the code.</summary>
public class RealDataTests
{
    [Fact]
    public void DrawdownMaximum_Spy2020_CovidCrashOfAboutThirtyFourPercent()
    {
        // Widely reported: the S&P 500 closed at a record on 2020-02-19 and bottomed on 2020-03-23, about 34 % lower.
        var (dates, closes) = PriceFile.Load("SPY");
        var from = Array.IndexOf(dates, new DateOnly(2020, 1, 2));
        var to = Array.IndexOf(dates, new DateOnly(2020, 12, 31));
        var (depth, peak, trough) = Drawdown.Maximum(closes.AsSpan(from, to - from + 1));
        Assert.Equal(new DateOnly(2020, 2, 19), dates[from + peak]);
        Assert.Equal(new DateOnly(2020, 3, 23), dates[from + trough]);
        Assert.InRange(depth, -0.35, -0.33);
    }

    [Fact]
    public void TrackingDifference_TnaOverOneSession_SmallAgainstThreeTimesIwm()
    {
        // TNA's objective is 3 × the Russell 2000's daily return; IWM tracks the Russell 2000. Over single sessions
        // the tracking difference (TNA return − daily-reset path of IWM at β = 3) should be a fraction of a percent.
        var (dt, tna) = PriceFile.Load("TNA");
        var (di, iwm) = PriceFile.Load("IWM");
        var start = Array.IndexOf(di, dt[0]);
        var n = dt.Length;
        var deviations = new List<double>(n);
        for (var i = 1; i < n; i++)
        {
            Assert.Equal(dt[i], di[start + i]);
            var td = LeverageMath.TrackingDifference(tna.AsSpan(i - 1, 2), iwm.AsSpan(start + i - 1, 2), 3.0, 0);
            deviations.Add(Math.Abs(td[1]));
        }

        deviations.Sort();
        Assert.True(deviations[deviations.Count / 2] < 0.005, $"median |TD| = {deviations[deviations.Count / 2]}");
    }

    [Theory]
    [InlineData("TZA")]
    [InlineData("IWM")]
    public void Generate_RealPriceHistory_ConsistentAndBounded(string symbol)
    {
        // TZA's split-adjusted closes start near 1,000,000 (many reverse splits): the model must stay consistent.
        var (dates, closes) = PriceFile.Load(symbol);
        var rows = ModelledFlowGenerator.Generate(symbol, dates, closes, new ModelledFlowOptions { Seed = 2024 });
        for (var t = 1; t < rows.Count; t++)
        {
            var r = rows[t];
            Assert.Equal(r.SharesOutstanding * r.Nav, r.Aum, 1e-9 * r.Aum);
            Assert.Equal((r.SharesOutstanding - rows[t - 1].SharesOutstanding) * r.Nav, r.NetFlow, 1e-9 * r.Aum);
            Assert.True(Math.Abs(r.NetFlow) <= 0.02 * rows[t - 1].Aum * (1 + 1e-9));
            Assert.True(r.SharesOutstanding > 0);
        }
    }

    [Fact]
    public void SelectIndices_IwmHistoryWithMarks_ExactCountKeepsMarks()
    {
        var (dates, closes) = PriceFile.Load("IWM");
        var x = new double[dates.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = dates[i].DayNumber;
        }

        var dd = Drawdown.FromAllTimeHigh(closes);
        int[] marks = [100, 2000, 4000];
        var idx = Lttb.SelectIndices(x, [closes, dd], 500, marks);
        Assert.Equal(500, idx.Length);
        Assert.All(marks, m => Assert.Contains(m, idx));
        Assert.Equal(0, idx[0]);
        Assert.Equal(dates.Length - 1, idx[^1]);
    }
}
