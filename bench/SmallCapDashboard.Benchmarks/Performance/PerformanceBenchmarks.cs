using BenchmarkDotNet.Attributes;
using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Analytics.Leverage;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Benchmarks.Performance;

/// <summary>Performance, leverage and modelled-flow maths on a random-walk daily series.</summary>
[MemoryDiagnoser]
[MinColumn]
public class PerformanceBenchmarks
{
    private DateOnly[] _dates = [];
    private double[] _closes = [];
    private double[] _other = [];

    [Params(2_520, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dates = new DateOnly[N];
        _closes = new double[N];
        _other = new double[N];
        ulong state = 7;
        double a = 100, b = 300;
        var day = new DateOnly(1900, 1, 1);
        for (var i = 0; i < N; i++)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            var u = (state >> 11) * (1.0 / (1UL << 53)) - 0.5;
            a *= 1 + u * 0.04;
            b *= 1 + u * 0.02;
            _closes[i] = a;
            _other[i] = b;
            _dates[i] = day;
            day = day.AddDays(day.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
        }
    }

    [Benchmark]
    public double[] DrawdownFromHigh() => Drawdown.FromAllTimeHigh(_closes);

    [Benchmark]
    public double[] RatioFromBase() => RelativeStrength.Ratio(_closes, _other, 0);

    [Benchmark]
    public IReadOnlyList<PeriodReturn> PeriodTable() => PeriodReturns.Compute(_dates, _closes, _dates[^1]);

    [Benchmark]
    public ReturnRankResult Rank20() => ReturnRank.Rank(_dates, _closes, N - 1, 20);

    [Benchmark]
    public DragDistribution DragOneYear() => LeverageMath.DragByHoldingPeriod(_dates, _other, 3.0, Period.Y1);

    [Benchmark]
    public IReadOnlyList<ModelledFlowDay> ModelledFlows() =>
        ModelledFlowGenerator.Generate("IWM", _dates, _closes, new ModelledFlowOptions());
}
