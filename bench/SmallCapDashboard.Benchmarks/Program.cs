using BenchmarkDotNet.Running;
using SmallCapDashboard.Benchmarks;

if (args is ["sync"])
{
    await SyncProbe.RunAsync(Console.Out);
    return;
}

if (args is ["cputime"])
{
    CpuTimeProbe.Run(Console.Out);
    return;
}

if (args is ["alerts"])
{
    AlertsProbe.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
