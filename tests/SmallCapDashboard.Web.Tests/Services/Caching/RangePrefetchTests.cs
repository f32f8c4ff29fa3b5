using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Tests.Services.Caching;

/// <summary>
/// The other range presets of a shown view are computed in the background: which windows, one at a time across pages,
/// a failing window skipped, a page that moved on stops (the page side: Components/QueryPagePrefetchTests).
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
