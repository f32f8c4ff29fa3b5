using System.Diagnostics;
using System.Globalization;
using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Reduction;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// A supplement to BenchmarkDotNet for a machine shared with other work: BenchmarkDotNet reports wall-clock time,
/// which grows with every other process on the cores. This probe runs each case in batches and divides the
/// process CPU time of a batch by its calls (CPU time does not grow when the scheduler hands the core to someone
/// else), reporting the best batch. Same inputs and calls as <see cref="IndicatorBenchmarks"/> and
/// <see cref="ReductionBenchmarks"/>. Run: <c>dotnet run -c Release --project bench/SmallCapDashboard.Benchmarks -- cputime</c>.
/// </summary>
public static class CpuTimeProbe
{
    private const int Batches = 15;

    public static void Run(TextWriter output)
    {
        output.WriteLine("| Case | Points | CPU µs/call (best batch) | CPU µs/call (median batch) | wall µs/call (best batch) |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var points in new[] { 2_520, 100_000 })
        {
            var closes = RandomWalk.Closes(points);
            var dates = RandomWalk.Dates(points);
            var sma50 = Sma.Calculate(closes, 50);
            var sma200 = Sma.Calculate(closes, 200);
            var x = new double[points];
            for (var i = 0; i < points; i++)
            {
                x[i] = i;
            }

            double[][] ys = [closes, sma50, sma200];
            var crosses = MovingAverageCrosses.Find(dates, sma50, sma200);
            var keep = new int[crosses.Count];
            for (var i = 0; i < keep.Length; i++)
            {
                keep[i] = crosses[i].Index;
            }

            (string Name, Func<object> Call)[] cases =
            [
                ("Sma50", () => Sma.Calculate(closes, 50)),
                ("Ema20", () => Ema.Calculate(closes, 20)),
                ("Rsi14", () => Rsi.Calculate(closes, 14)),
                ("Macd12_26_9", () => Macd.Calculate(closes, 12, 26, 9)),
                ("Bollinger20_2", () => Bollinger.Calculate(closes, 20, 2.0)),
                ("Crosses50_200", () => MovingAverageCrosses.Find(dates, sma50, sma200)),
                ("Lttb3Series1000", () => Lttb.SelectIndices(x, ys, 1_000, keep)),
            ];
            foreach (var (name, call) in cases)
            {
                output.WriteLine(Measure(name, points, call));
            }
        }
    }

    private static string Measure(string name, int points, Func<object> call)
    {
        // Warm up past tiered compilation (promotion to optimised code happens in the background).
        var warm = Stopwatch.StartNew();
        var calls = 0;
        while (warm.ElapsedMilliseconds < 1_500 || calls < 200)
        {
            GC.KeepAlive(call());
            calls++;
        }

        // Size a batch to about 20 ms of CPU.
        var probe = CpuNow();
        for (var i = 0; i < 20; i++)
        {
            GC.KeepAlive(call());
        }

        var perCall = Math.Max((CpuNow() - probe).TotalMicroseconds / 20, 0.1);
        var batch = Math.Max(20, (int)(20_000 / perCall));
        var cpu = new double[Batches];
        var bestWall = double.MaxValue;
        for (var b = 0; b < Batches; b++)
        {
            var wall = Stopwatch.StartNew();
            var start = CpuNow();
            for (var i = 0; i < batch; i++)
            {
                GC.KeepAlive(call());
            }

            cpu[b] = (CpuNow() - start).TotalMicroseconds / batch;
            bestWall = Math.Min(bestWall, wall.Elapsed.TotalMicroseconds / batch);
        }

        Array.Sort(cpu);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {points:N0} | {cpu[0]:F1} | {cpu[Batches / 2]:F1} | {bestWall:F1} |");
    }

    private static TimeSpan CpuNow() => Process.GetCurrentProcess().TotalProcessorTime;
}
