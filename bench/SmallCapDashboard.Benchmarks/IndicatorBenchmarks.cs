using BenchmarkDotNet.Attributes;
using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// Per-call cost of the indicators and of the cross finder at 2,520 (ten years of sessions) and 100,000 points.
/// Anchor: TA-Lib C on the same machine class (see bench/README.md).
/// </summary>
[Config(typeof(ShortJobConfig))]
public class IndicatorBenchmarks
{
    private double[] _closes = [];
    private DateOnly[] _dates = [];
    private double[] _sma50 = [];
    private double[] _sma200 = [];
    private double[] _buffer = [];
    private BollingerResult _bands = new([], [], []);

    [Params(2_520, 100_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _closes = RandomWalk.Closes(Points);
        _dates = RandomWalk.Dates(Points);
        _sma50 = Sma.Calculate(_closes, 50);
        _sma200 = Sma.Calculate(_closes, 200);
        _buffer = new double[Points];
        _bands = new BollingerResult(new double[Points], new double[Points], new double[Points]);
    }

    /// <summary>SMA(50) into a caller-owned buffer, as TA-Lib's anchor writes into caller buffers.</summary>
    [Benchmark]
    public double[] Sma50Into()
    {
        Sma.CalculateInto(_closes, 50, _buffer);
        return _buffer;
    }

    /// <summary>Bollinger(20, 2) into caller-owned band arrays, as TA-Lib's anchor writes into caller buffers.</summary>
    [Benchmark]
    public BollingerResult Bollinger20_2Into()
    {
        Bollinger.CalculateInto(_closes, _bands, 20, 2.0);
        return _bands;
    }

    [Benchmark]
    public double[] Sma50() => Sma.Calculate(_closes, 50);

    [Benchmark]
    public double[] Ema20() => Ema.Calculate(_closes, 20);

    [Benchmark]
    public double[] Rsi14() => Rsi.Calculate(_closes, 14);

    [Benchmark]
    public MacdResult Macd12_26_9() => Macd.Calculate(_closes, 12, 26, 9);

    [Benchmark]
    public BollingerResult Bollinger20_2() => Bollinger.Calculate(_closes, 20, 2.0);

    [Benchmark]
    public IReadOnlyList<CrossEvent> Crosses50_200() => MovingAverageCrosses.Find(_dates, _sma50, _sma200);
}
