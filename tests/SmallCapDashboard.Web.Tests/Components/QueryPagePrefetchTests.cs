using System.Collections.Concurrent;
using System.Text.Json;
using Bunit;
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

    [Fact]
    public void LiveSpreadPage_OneYear_HandsItsFirstChartTheOtherPresetsFigures()
    {
        var charts = JSInterop.SetupModule("/assets/js/charts.js");
        charts.Setup<bool>("draw", _ => true).SetResult(true);
        RenderAt<SmallCapDashboard.Web.Components.Pages.Spread>("/spread?small=IWM&large=SPY&range=1y", "[data-testid=returns-table]");

        var expected = new[] { "1w", "1m", "3m", "6m", "ytd", "3y", "5y", "10y", "max" };
        WaitFor(() => charts.Invocations["prime"].Count >= expected.Length);

        var primes = charts.Invocations["prime"];
        Assert.Equal(expected.Order(), primes.Select(i => (string)i.Arguments[2]!).Order());
        // One context, the first chart's draw's (1y): the data version and the page's query without its range.
        var context = Assert.Single(charts.Invocations["draw"].Select(i => i.Arguments[5]).OfType<string>().Distinct());
        Assert.Matches(@"^\d+\|/spread\?(?!.*range=).*small=IWM.*\|light$", context);
        Assert.All(primes, i => Assert.Equal(context, i.Arguments[1]));
        // Each figure is its preset's window: three months of sessions, one week of them.
        Assert.InRange(DaysSpanned(primes.Single(i => (string)i.Arguments[2]! == "3m")), 85, 92);
        Assert.InRange(DaysSpanned(primes.Single(i => (string)i.Arguments[2]! == "1w")), 4, 7);
    }

    [Theory]
    [InlineData("range=1y&small=IWM&large=SPY", "small=IWM&large=SPY")]
    [InlineData("small=IWM&from=2020-01-02&to=2021-01-04&asof=2021-06-30&basis=total", "small=IWM&asof=2021-06-30&basis=total")]
    [InlineData("range=max", "")]
    public void WithoutWindowRange_DropsRangeFromAndTo(string query, string expected) =>
        Assert.Equal(expected, SmallCapDashboard.Web.Components.QueryPage.WithoutWindowRange(query));

    /// <summary>Calendar days from the first to the last date of a prime's first x array (the payload's day numbers).</summary>
    private static double DaysSpanned(JSRuntimeInvocation prime)
    {
        using var spec = JsonDocument.Parse((string)prime.Arguments[3]!);
        var x = spec.RootElement.GetProperty("x")[0];
        var (offset, length) = (x[0].GetInt32(), x[1].GetInt32());
        var bytes = (byte[])prime.Arguments[4]!;
        return BitConverter.ToDouble(bytes, (offset + length - 1) * 8) - BitConverter.ToDouble(bytes, offset * 8);
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
