using BenchmarkDotNet.Attributes;
using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Reduction;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// LTTB as a chart uses it: three aligned traces (close, SMA 50, SMA 200) over a shared x-index reduced to
/// 1,000 points, keeping every 50/200 cross. At 2,520 points and 100,000 points.
/// </summary>
[Config(typeof(ShortJobConfig))]
public class ReductionBenchmarks
{
    private double[] _x = [];
    private double[][] _ys = [];
    private int[] _keep = [];

    [Params(2_520, 100_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var closes = RandomWalk.Closes(Points);
        var dates = RandomWalk.Dates(Points);
        var sma50 = Sma.Calculate(closes, 50);
        var sma200 = Sma.Calculate(closes, 200);
        _x = new double[Points];
        for (var i = 0; i < Points; i++)
        {
            _x[i] = i;
        }

        _ys = [closes, sma50, sma200];
        var crosses = MovingAverageCrosses.Find(dates, sma50, sma200);
        _keep = new int[crosses.Count];
        for (var i = 0; i < crosses.Count; i++)
        {
            _keep[i] = crosses[i].Index;
        }
    }

    [Benchmark]
    public int[] Lttb3Series1000() => Lttb.SelectIndices(_x, _ys, 1_000, _keep);
}
