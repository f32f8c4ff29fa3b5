using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Overview;

/// <summary>Pure computation of the overview's figures from whole series. No I/O.</summary>
public static class OverviewFigures
{
    /// <summary>Year-to-date return (fraction) as of <paramref name="asOf"/>: from the last close of the previous year to the last close on or before as-of.</summary>
    public static double? YtdReturn(BarSeries bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        var b = Periods.BaseIndex(bars.Dates, Period.Ytd, asOf);
        if (end < 0 || b is null)
        {
            return null;
        }

        return bars.Close[end] / bars.Close[b.Value] - 1.0;
    }

    /// <summary>
    /// Distance of the last close on or before as-of from the highest close up to then (a fraction ≤ 0), with the
    /// high's date and close.
    /// </summary>
    public static DistanceFromHigh? FromHigh(BarSeries bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        if (end < 0)
        {
            return null;
        }

        var peak = 0;
        for (var i = 1; i <= end; i++)
        {
            if (bars.Close[i] >= bars.Close[peak])
            {
                peak = i;
            }
        }

        return new DistanceFromHigh(bars.Symbol, bars.Close[end] / bars.Close[peak] - 1.0, bars.Dates[peak], bars.Close[peak], bars.Dates[end]);
    }

    /// <summary>The latest cross of SMA(fast) and SMA(slow) on or before as-of, or null when none.</summary>
    public static CrossEvent? LatestCross(BarSeries bars, int fast, int slow, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var crosses = MovingAverageCrosses.Find(bars.Dates, Sma.Calculate(bars.Close, fast), Sma.Calculate(bars.Close, slow));
        for (var i = crosses.Count - 1; i >= 0; i--)
        {
            if (crosses[i].Date <= asOf)
            {
                return crosses[i];
            }
        }

        return null;
    }

    /// <summary>The RSI(14) regime (upper or lower half, 55/45 hysteresis) in force on as-of and the day it began.</summary>
    public static (RsiRegime Regime, DateOnly Since, double Rsi)? RsiRegimeOn(BarSeries bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        if (end < 0)
        {
            return null;
        }

        var dates = bars.Dates[..(end + 1)];
        var rsi = Rsi.Calculate(bars.Close.AsSpan(0, end + 1));
        var result = RsiRegimes.Find(dates, rsi);
        if (result.Regimes.Count == 0 || result.States[end] == RsiRegime.None)
        {
            return null;
        }

        var last = result.Regimes[^1];
        return (result.States[end], last.Start, rsi[end]);
    }
    /// <summary>
    /// Where a fund stands as of <paramref name="asOf"/> (its last session on or before it): the distance of the close
    /// from its 50- and 200-day simple averages, RSI(14) and its regime (55/45 hysteresis), over the resolved
    /// <paramref name="window"/> the return from the base close, the distance from the window's highest close and the
    /// window's lowest close (the trough) with dates, and the latest 50/200 and 10/50 crosses on or before as-of.
    /// Indicators are computed on the whole history up to as-of (Analytics <see cref="Sma"/>, <see cref="Rsi"/>,
    /// <see cref="RsiRegimes"/>, <see cref="MovingAverageCrosses"/>).
    /// </summary>
    public static FundReadout? Readout(BarSeries bars, string group, DateOnly asOf, ViewWindow window)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(window);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        if (end < 0)
        {
            return null;
        }

        var dates = bars.Dates[..(end + 1)];
        var close = bars.Close.AsSpan(0, end + 1);
        var last = close[end];
        var sma50 = Sma.Calculate(close, 50);
        var sma200 = Sma.Calculate(close, 200);
        var rsi = Rsi.Calculate(close, 14);
        var regimes = RsiRegimes.Find(dates, rsi);

        var resolved = (window with { AsOf = dates[end] }).Resolve(dates, []);
        double? windowReturn = null, fromHigh = null, low = null, high = null;
        DateOnly? highDate = null, lowDate = null, baseDate = null;
        if (resolved is not null)
        {
            var b = resolved.BaseIndex;
            windowReturn = last / close[b] - 1.0;
            baseDate = dates[b];
            var first = Math.Min(b + 1, end);
            int hi = first, lo = first;
            for (var i = first; i <= end; i++)
            {
                if (close[i] >= close[hi])
                {
                    hi = i;
                }

                if (close[i] < close[lo])
                {
                    lo = i;
                }
            }

            high = close[hi];
            highDate = dates[hi];
            fromHigh = last / close[hi] - 1.0;
            low = close[lo];
            lowDate = dates[lo];
        }

        return new FundReadout(
            bars.Symbol, group, dates[end], last, windowReturn, baseDate,
            Distance(last, sma50[end]), Distance(last, sma200[end]),
            double.IsFinite(rsi[end]) ? rsi[end] : null, regimes.States[end],
            fromHigh, high, highDate, low, lowDate,
            LatestCross(bars, 50, 200, dates[end]), LatestCross(bars, 10, 50, dates[end]));
    }

    private static double? Distance(double close, double average) =>
        double.IsFinite(average) && average != 0 ? close / average - 1.0 : null;
}

/// <summary>
/// One fund's "where do we stand" readout (fractions; null when the history is too short): distances from the 50-
/// and 200-day SMAs, RSI(14) and regime, the window's return, high and low (trough), the latest crosses.
/// </summary>
public sealed record FundReadout(
    string Symbol,
    string Group,
    DateOnly AsOf,
    double Close,
    double? WindowReturn,
    DateOnly? BaseDate,
    double? FromSma50,
    double? FromSma200,
    double? Rsi,
    RsiRegime Regime,
    double? FromHigh,
    double? High,
    DateOnly? HighDate,
    double? Low,
    DateOnly? LowDate,
    CrossEvent? Cross50200,
    CrossEvent? Cross1050);



/// <summary>How far a symbol's last close lies below its highest close (fraction ≤ 0).</summary>
public sealed record DistanceFromHigh(string Symbol, double Drawdown, DateOnly HighDate, double High, DateOnly AsOf);
