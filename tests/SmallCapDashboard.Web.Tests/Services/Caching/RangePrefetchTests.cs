using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Tests.Harness;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Tests.Services.Caching;

/// <summary>
/// The other range presets of a shown view are computed in the background: which windows, one at a time across pages,
/// a failing window skipped, a page that moved on stops; and a live page starts it with its own query.
/// </summary>
public sealed class RangePrefetchTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 28);

    private static RangePrefetch Prefetch() => new(NullLogger<RangePrefetch>.Instance) { Pause = TimeSpan.Zero };

    [Fact]
    public void Neighbours_OneYearPinnedTotalReturn_TheNineOtherPresetsWithTheSameAsOfAndBasis()
    {
        var current = new ViewWindow(Period.Y1, null, null, AsOf, PriceBasis.Total);

        var windows = RangePrefetch.Neighbours(current).ToList();

        Assert.Equal([Period.W1, Period.M1, Period.M3, Period.M6, Period.Ytd, Period.Y3, Period.Y5, Period.Y10, Period.Max], windows.Select(w => w.Range!.Value));
        Assert.All(windows, w => Assert.Equal((AsOf, PriceBasis.Total, (DateOnly?)null, (DateOnly?)null), (w.AsOf!.Value, w.Basis, w.From, w.To)));
    }

    [Fact]
    public void Neighbours_CustomDates_EveryPreset()
    {
        var custom = new ViewWindow(null, new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1), null, PriceBasis.Price);

        Assert.Equal(10, RangePrefetch.Neighbours(custom).Count(w => !w.IsCustom && w.Range is not null));
    }

    [Fact]
    public async Task Run_TwoPagesAtOnce_OneViewAtATime_AndAFailureSkipsOnlyItsWindow()
    {
        var prefetch = Prefetch();
        var running = 0;
        var most = 0;
        var done = new ConcurrentBag<(string, Period)>();
        async Task View(string page, ViewWindow w)
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            await Task.Delay(5);
            Interlocked.Decrement(ref running);
            if (page == "/a" && w.Range == Period.M3)
            {
                throw new InvalidOperationException("no data");
            }

            done.Add((page, w.Range!.Value));
        }

        var current = ViewWindow.Default;
        await Task.WhenAll(
            prefetch.RunAsync("/a", current, w => View("/a", w), CancellationToken.None),
            prefetch.RunAsync("/b", current, w => View("/b", w), CancellationToken.None));

        Assert.Equal(1, most);
        Assert.Equal(8, done.Count(d => d.Item1 == "/a"));
        Assert.DoesNotContain(("/a", Period.M3), done);
        Assert.Equal(9, done.Count(d => d.Item1 == "/b"));
    }

    [Fact]
    public async Task Run_Cancelled_StopsBeforeTheNextWindow()
    {
        var prefetch = Prefetch();
        using var moved = new CancellationTokenSource();
        var seen = new List<Period>();

        await prefetch.RunAsync("/a", ViewWindow.Default, w =>
        {
            seen.Add(w.Range!.Value);
            if (seen.Count == 2)
            {
                moved.Cancel();
            }

            return Task.CompletedTask;
        }, moved.Token);

        Assert.Equal([Period.W1, Period.M1], seen);
    }
}

/// <summary>A live /spread page prefetches its other presets with its own symbols (what the prefetch logs says it did).</summary>
public sealed class PagePrefetchTests : DashboardContext
{
    private readonly LogCapture _log = new();

    public PagePrefetchTests()
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
