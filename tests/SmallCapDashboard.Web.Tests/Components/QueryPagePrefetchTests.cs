using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components;

/// <summary>A live /spread page prefetches its other presets with its own symbols (what the prefetch logs says it did).</summary>
public sealed class QueryPagePrefetchTests : DashboardContext
{
    private readonly LogCapture _log = new();

    public QueryPagePrefetchTests()
    {
        Services.AddSingleton<ILoggerProvider>(_log);
        Services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Debug);
    }

    [Fact]
    public void LiveSpreadPage_OneYear_PrefetchesTheOtherPresets()
    {
        RenderAt<SmallCapDashboard.Web.Components.Pages.Spread>("/spread?small=IWM&large=SPY&range=1y", "[data-testid=returns-table]");

        var expected = new[] { "1w", "1m", "3m", "6m", "ytd", "3y", "5y", "10y", "max" }.Select(r => $"Prefetched /spread {r} in ").ToList();
        WaitFor(() => expected.All(e => _log.Lines.Any(l => l.StartsWith(e, StringComparison.Ordinal))));
        Assert.DoesNotContain(_log.Lines, l => l.StartsWith("Prefetched /spread 1y ", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Lines, l => l.Contains("skipped", StringComparison.Ordinal));
    }

    private static void WaitFor(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out");
            Thread.Sleep(50);
        }
    }

    /// <summary>The messages of <see cref="RangePrefetch"/>'s logger.</summary>
    private sealed class LogCapture : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(RangePrefetch).FullName ? this : NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
