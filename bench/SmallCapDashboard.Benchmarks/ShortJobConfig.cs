using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// Short jobs (3 warm-up, 10 measured iterations) for a machine shared with other work, run twice:
/// <c>DefaultGC</c> with the runtime's defaults, and <c>LohThreshold16MB</c> with
/// <c>DOTNET_GCLOHThreshold=0x1000000</c>, so the 800 KB result arrays of a 100,000-point call are allocated in
/// generation 0 instead of the large-object heap (whose freed pages are returned to the OS and fault back in on
/// the next call). The second job isolates the computation; the first is what an untuned app sees.
/// </summary>
public sealed class ShortJobConfig : ManualConfig
{
    public ShortJobConfig()
    {
        var job = Job.Default.WithWarmupCount(3).WithIterationCount(10);
        AddJob(job.WithId("DefaultGC"));
        AddJob(job.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCLOHThreshold", "0x1000000")).WithId("LohThreshold16MB"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
    }
}
