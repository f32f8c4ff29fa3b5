using BenchmarkDotNet.Attributes;
using SmallCapDashboard.Analytics.Reduction;

namespace SmallCapDashboard.Benchmarks.Reduction;

/// <summary>LTTB to 2,000 points over one and three aligned series (random-walk closes).</summary>
[MemoryDiagnoser]
[MinColumn]
public class LttbBenchmarks
{
    private double[] _x = [];
    private double[][] _ys = [];

    [Params(2_520, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _x = new double[N];
        _ys = new double[3][];
        ulong state = 42;
        for (var s = 0; s < _ys.Length; s++)
        {
            var y = new double[N];
            var level = 100.0;
            for (var i = 0; i < N; i++)
            {
                state = state * 6364136223846793005UL + 1442695040888963407UL;
                level *= 1 + ((state >> 11) * (1.0 / (1UL << 53)) - 0.5) * 0.04;
                y[i] = level;
            }

            _ys[s] = y;
        }

        for (var i = 0; i < N; i++)
        {
            _x[i] = i;
        }
    }

    [Benchmark]
    public int[] OneSeries() => Lttb.SelectIndices(_x, [_ys[0]], 2_000);

    [Benchmark]
    public int[] ThreeSeries() => Lttb.SelectIndices(_x, _ys, 2_000, [N / 3, N / 2]);
}
