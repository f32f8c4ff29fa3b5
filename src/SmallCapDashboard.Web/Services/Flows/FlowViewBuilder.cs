using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Flows;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Data.Views;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>
/// Pure computation of the <c>/flows</c> figures for one fund: computed on the fund's whole stored history (the
/// trailing average looks back before the window), then cut to the window. No I/O.
/// </summary>
public static class FlowViewBuilder
{
    /// <summary>Trailing window of the average daily flow, calendar days (DESIGN: "Trailing flow average").</summary>
    public const int TrailingDays = 30;

    /// <summary>Above this many sessions the bars are weekly sums.</summary>
    public const int DailyLimit = 130;

    /// <summary>
    /// Above this many sessions (about two years) the bars are monthly sums: five years of weekly groups of four funds
    /// were 1,300 bars under a pixel wide each on a full-width chart, unreadable and slow to redraw.
    /// </summary>
    public const int WeeklyLimit = 520;

    /// <summary>
    /// The fund's flow view over [<paramref name="from"/>, <paramref name="to"/>] (<paramref name="from"/> null = from
    /// the first day). Net flow = the stored flow, or (shares(t) − shares(t−1)) × NAV(t) where none is stored; AUM =
    /// the stored AUM or shares × NAV; % of AUM against the previous day's AUM.
    /// </summary>
    public static FundFlowView Build(FundDaySeries days, BarSeries? prices, DateOnly? from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(days);
        var n = days.Count;
        var (flows, aum) = FlowTable.From(days);

        var pct = FlowMath.PercentOfAum(flows, aum);
        var trailing = FlowMath.TrailingAverage(days.Dates, flows, TrailingDays);
        var trailingModelled = TrailingTaint(days.Dates, days.Modelled, TrailingDays);

        var lo = from is { } f ? DateSearch.IndexOnOrAfter(days.Dates, f) : 0;
        var hi = DateSearch.IndexOnOrBefore(days.Dates, to);
        if (lo < 0 || hi < lo)
        {
            lo = 0;
            hi = -1;
        }

        var windowFlows = flows[lo..(hi + 1)];
        var modelled = days.Modelled[lo..(hi + 1)];
        var cumulative = FlowMath.Cumulative(windowFlows);
        var cumulativeModelled = new bool[modelled.Length];
        var any = false;
        for (var i = 0; i < modelled.Length; i++)
        {
            any |= modelled[i] && windowFlows[i] is not null;
            cumulativeModelled[i] = any;
        }

        var (priceDates, priceCloses) = CutPrices(prices, from, to);
        return new FundFlowView(
            days.Symbol,
            days.Dates[lo..(hi + 1)],
            windowFlows,
            modelled,
            cumulative,
            cumulativeModelled,
            trailing[lo..(hi + 1)],
            trailingModelled[lo..(hi + 1)],
            aum[lo..(hi + 1)],
            pct[lo..(hi + 1)],
            days.Source[lo..(hi + 1)],
            priceDates,
            priceCloses,
            n == 0 ? null : days.Dates[^1])
        {
            StoredFlows = Charts.StoredRange.Of(days.Symbol, days.Dates, flows),
            StoredAum = Charts.StoredRange.Of(days.Symbol, days.Dates, aum),
            StoredPrices = prices is null ? null : Charts.StoredRange.Of(days.Symbol, prices.Dates),
        };
    }

    /// <summary>Daily bars up to <see cref="DailyLimit"/> sessions, weekly sums up to <see cref="WeeklyLimit"/>, monthly beyond.</summary>
    public static FlowGranularity GranularityFor(int sessions) =>
        sessions <= DailyLimit ? FlowGranularity.Daily : sessions <= WeeklyLimit ? FlowGranularity.Weekly : FlowGranularity.Monthly;

    /// <summary>
    /// The bars of a view at a granularity: per day, ISO week or month, the sum of the real days and the sum of the
    /// modelled days, each null when no day of that kind reported a flow.
    /// </summary>
    public static IReadOnlyList<FlowBar> Bars(FundFlowView view, FlowGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(view);
        var real = new double?[view.Count];
        var model = new double?[view.Count];
        for (var i = 0; i < view.Count; i++)
        {
            if (view.Modelled[i])
            {
                model[i] = view.NetFlow[i];
            }
            else
            {
                real[i] = view.NetFlow[i];
            }
        }

        if (granularity == FlowGranularity.Daily)
        {
            var daily = new FlowBar[view.Count];
            for (var i = 0; i < daily.Length; i++)
            {
                daily[i] = new FlowBar(view.Dates[i], real[i], model[i]);
            }

            return daily;
        }

        var realBuckets = granularity == FlowGranularity.Weekly ? FlowAggregation.Weekly(view.Dates, real) : FlowAggregation.Monthly(view.Dates, real);
        var modelBuckets = granularity == FlowGranularity.Weekly ? FlowAggregation.Weekly(view.Dates, model) : FlowAggregation.Monthly(view.Dates, model);
        var bars = new FlowBar[realBuckets.Count];
        for (var i = 0; i < bars.Length; i++)
        {
            bars[i] = new FlowBar(realBuckets[i].LastDate, realBuckets[i].Sum, modelBuckets[i].Sum);
        }

        return bars;
    }

    /// <summary>Sum of the reported flows dated in (asOf − days, asOf], and whether any of them is modelled.</summary>
    public static (double? Sum, bool Modelled, int Reported) SumOver(FundFlowView view, DateOnly asOf, int calendarDays)
    {
        ArgumentNullException.ThrowIfNull(view);
        var cutoff = asOf.AddDays(-calendarDays);
        double? sum = null;
        var modelled = false;
        var reported = 0;
        for (var i = 0; i < view.Count; i++)
        {
            if (view.Dates[i] <= cutoff || view.Dates[i] > asOf || view.NetFlow[i] is not { } v)
            {
                continue;
            }

            sum = (sum ?? 0) + v;
            modelled |= view.Modelled[i];
            reported++;
        }

        return (sum, modelled, reported);
    }

    private static bool[] TrailingTaint(DateOnly[] dates, bool[] modelled, int calendarDays)
    {
        var result = new bool[dates.Length];
        var count = 0;
        var start = 0;
        for (var t = 0; t < dates.Length; t++)
        {
            if (modelled[t])
            {
                count++;
            }

            var cutoff = dates[t].AddDays(-calendarDays);
            while (dates[start] <= cutoff)
            {
                if (modelled[start])
                {
                    count--;
                }

                start++;
            }

            result[t] = count > 0;
        }

        return result;
    }

    private static (DateOnly[] Dates, double[] Closes) CutPrices(BarSeries? prices, DateOnly? from, DateOnly to)
    {
        if (prices is null || prices.Count == 0)
        {
            return ([], []);
        }

        var lo = from is { } f ? DateSearch.IndexOnOrAfter(prices.Dates, f) : 0;
        var hi = DateSearch.IndexOnOrBefore(prices.Dates, to);
        if (lo < 0 || hi < lo)
        {
            return ([], []);
        }

        return (prices.Dates[lo..(hi + 1)], prices.Close[lo..(hi + 1)]);
    }
}
